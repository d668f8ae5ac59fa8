// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { downloadText } from "../../src/ui/features/findings/downloadText";
import { ExportMenu } from "../../src/ui/features/findings/ExportMenu";
import type { Analysis } from "../../src/ui/worker/analyseConfig";
import { releaseModel } from "../../src/ui/worker/loadModel";
import { askWorker } from "../../src/ui/worker/sharedWorker";
import type { WorkerResponse } from "../../src/ui/worker/workerProtocol";
import { renderWorkspace } from "./renderWorkspace";
import { modelAnswers } from "./worker/modelAnswers";

vi.mock("../../src/ui/features/findings/downloadText", () => ({ downloadText: vi.fn() }));
// jsdom has no Web Worker: the test answers the page's requests to it by hand.
vi.mock("../../src/ui/worker/sharedWorker", () => import("./worker/sharedWorkerMock"));

async function answerModelRequest(answers: (id: number) => WorkerResponse[]): Promise<void> {
  await vi.waitFor(() => expect(askWorker).toHaveBeenCalledTimes(1));
  const [request, onAnswer] = vi.mocked(askWorker).mock.calls[0]!;
  expect(request.type).toBe("model");
  for (const message of answers(request.id)) onAnswer(message);
}

let shown: Analysis | null = null;

describe("ExportMenu", () => {
  beforeEach(() => {
    vi.mocked(askWorker).mockReset();
    vi.mocked(downloadText).mockReset();
  });
  afterEach(() => {
    if (shown) releaseModel(shown);
    shown = null;
  });

  it("saves the JSON findings once the model is in from the worker, saying it is preparing them", async () => {
    const user = userEvent.setup();
    const { analysis, model } = renderWorkspace(<ExportMenu />, { modelInWorker: true });
    shown = analysis;
    await user.click(screen.getByRole("button", { name: "Export ▾" }));
    await user.click(screen.getByRole("button", { name: "Findings (JSON)" }));
    expect(screen.getByText("Preparing Findings (JSON)…")).toHaveAttribute("role", "status");
    expect(downloadText).not.toHaveBeenCalled();

    await answerModelRequest((id) => modelAnswers(id, model));
    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [name, text, type] = vi.mocked(downloadText).mock.calls[0]!;
    expect(name).toBe("sales-findings.json");
    expect(type).toBe("application/json");
    expect(JSON.parse(text)).toMatchObject({
      findings: [expect.objectContaining({ rule: "group-name-mismatch", name: "Team A" })],
    });
    expect(screen.queryByText("Preparing Findings (JSON)…")).not.toBeInTheDocument();
  });

  it("says why the rename plan cannot be exported when the worker no longer has the model", async () => {
    const user = userEvent.setup();
    const { analysis } = renderWorkspace(<ExportMenu />, { modelInWorker: true });
    shown = analysis;
    await user.click(screen.getByRole("button", { name: "Export ▾" }));
    await user.click(screen.getByRole("button", { name: "Rename plan (CSV)" }));
    await answerModelRequest((id) => modelAnswers(id, null));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Rename plan (CSV) could not be exported: This configuration is no longer held in memory: open it again.",
    );
    expect(downloadText).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Rename plan (CSV)" })).toBeEnabled();
  });

  it("saves the rename plan at once for a configuration analysed on the page", async () => {
    const user = userEvent.setup();
    renderWorkspace(<ExportMenu />);
    await user.click(screen.getByRole("button", { name: "Export ▾" }));
    await user.click(screen.getByRole("button", { name: "Rename plan (CSV)" }));
    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [name, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(name).toBe("sales-rename-plan.csv");
    expect(text).toMatch(/Team A.*Sales@Team1/);
    expect(askWorker).not.toHaveBeenCalled();
  });
});
