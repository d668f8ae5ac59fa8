// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ComparePanel } from "../../../src/ui/review/compare/ComparePanel";
import { askWorker } from "../../../src/ui/worker/sharedWorker";
import { renderReview } from "./renderReview";
import { reviewAnalysis, reviewConfigText } from "./reviewFixture";
import { modelAnswers } from "../worker/modelAnswers";

// jsdom has no Web Worker: the test answers the page's requests to it by hand. The "before"
// file is small, so it is analysed on the page and needs no worker.
vi.mock("../../../src/ui/worker/sharedWorker", () => import("../worker/sharedWorkerMock"));

/** jsdom's File has no arrayBuffer(); the browser's has, and the app reads files with it. */
const file = (name: string, text: string) =>
  Object.assign(new File([text], name, { type: "application/json" }), {
    arrayBuffer: async () => new TextEncoder().encode(text).buffer,
  });

describe("ComparePanel, while the open configuration's model comes from the worker", () => {
  beforeEach(() => vi.mocked(askWorker).mockReset());

  it('says "Comparing…" until the model is in, then lists the changes', async () => {
    const user = userEvent.setup();
    const open = reviewAnalysis();
    renderReview(<ComparePanel onClose={() => undefined} />, { ...open, model: null });
    await user.upload(
      screen.getByLabelText("Before configuration files"),
      file("before.json", reviewConfigText({ teamName: "Sales@Team1" })),
    );
    expect(await screen.findByText("Comparing with the open configuration…")).toHaveAttribute(
      "role",
      "status",
    );
    expect(screen.queryByTestId("count-renamed")).not.toBeInTheDocument();

    await vi.waitFor(() => expect(askWorker).toHaveBeenCalledTimes(1));
    const [request, onAnswer] = vi.mocked(askWorker).mock.calls[0]!;
    expect(request).toMatchObject({ type: "model", loadedAt: open.loadedAt });
    for (const message of modelAnswers(request.id, open.model)) onAnswer(message);
    expect(await screen.findByTestId("count-renamed")).toHaveTextContent("1");
    expect(screen.queryByText("Comparing with the open configuration…")).not.toBeInTheDocument();
  });

  it("says the comparison cannot be made when the worker no longer has the model", async () => {
    const user = userEvent.setup();
    renderReview(<ComparePanel onClose={() => undefined} />, { ...reviewAnalysis(), model: null });
    await user.upload(
      screen.getByLabelText("Before configuration files"),
      file("before.json", reviewConfigText({ teamName: "Sales@Team1" })),
    );
    await vi.waitFor(() => expect(askWorker).toHaveBeenCalledTimes(1));
    const [request, onAnswer] = vi.mocked(askWorker).mock.calls[0]!;
    for (const message of modelAnswers(request.id, null)) onAnswer(message);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The configurations could not be compared: This configuration is no longer held in memory: open it again.",
    );
  });
});
