// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ConventionsPanel } from "../../../src/ui/review/conventions/ConventionsPanel";
import { askWorker } from "../../../src/ui/worker/sharedWorker";
import { renderReview } from "./renderReview";
import { reviewAnalysis } from "./reviewFixture";
import { modelAnswers } from "../worker/modelAnswers";

// jsdom has no Web Worker: the test answers the page's requests to it by hand.
vi.mock("../../../src/ui/worker/sharedWorker", () => import("../worker/sharedWorkerMock"));

async function applyConventions(text: string) {
  const user = userEvent.setup();
  const editor = screen.getByRole("textbox", { name: /Conventions \(JSON\)/ });
  await user.clear(editor);
  await user.click(editor);
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "Apply" }));
}

const CALLING_LISTS = '{"conventions": {"callingList": {"prefix": "CL_", "style": "UPPER_SNAKE"}}}';

describe("House conventions, while the open configuration's model comes from the worker", () => {
  beforeEach(() => vi.mocked(askWorker).mockReset());

  it('says "Applying the house conventions…" until the model is in, then lists their findings', async () => {
    const open = reviewAnalysis();
    renderReview(<ConventionsPanel onClose={() => undefined} />, { ...open, model: null });
    await applyConventions(CALLING_LISTS);
    expect(screen.getByText("Applying the house conventions…")).toHaveAttribute("role", "status");
    expect(screen.queryByRole("list", { name: "Findings from conventions" })).toBeNull();

    await vi.waitFor(() => expect(askWorker).toHaveBeenCalledTimes(1));
    const [request, onAnswer] = vi.mocked(askWorker).mock.calls[0]!;
    expect(request).toMatchObject({ type: "model", loadedAt: open.loadedAt });
    for (const message of modelAnswers(request.id, open.model)) onAnswer(message);
    const list = await screen.findByRole("list", { name: "Findings from conventions" });
    expect(
      within(list).getByRole("button", { name: /convention\/callingList/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText("Applying the house conventions…")).not.toBeInTheDocument();
  });

  it("waits for the rules' own findings before adding the conventions' to them", async () => {
    const open = reviewAnalysis();
    // The model is here, but the analysis is the preliminary one: the rules still run.
    renderReview(<ConventionsPanel onClose={() => undefined} />, {
      ...open,
      findings: [],
      checking: true,
    });
    await applyConventions(CALLING_LISTS);
    await new Promise((settle) => setTimeout(settle, 50));
    expect(screen.getByText("Applying the house conventions…")).toHaveAttribute("role", "status");
    expect(screen.queryByRole("list", { name: "Findings from conventions" })).toBeNull();
  });

  it("says the conventions cannot be applied when the worker no longer has the model", async () => {
    renderReview(<ConventionsPanel onClose={() => undefined} />, {
      ...reviewAnalysis(),
      model: null,
    });
    await applyConventions(CALLING_LISTS);
    await vi.waitFor(() => expect(askWorker).toHaveBeenCalledTimes(1));
    const [request, onAnswer] = vi.mocked(askWorker).mock.calls[0]!;
    for (const message of modelAnswers(request.id, null)) onAnswer(message);
    expect(
      await screen.findByText(
        "The house conventions could not be applied: This configuration is no longer held in memory: open it again.",
      ),
    ).toHaveAttribute("role", "alert");
  });
});
