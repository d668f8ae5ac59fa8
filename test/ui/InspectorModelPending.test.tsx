// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asNodePath } from "../../src/model/config/ids";
import { Inspector } from "../../src/ui/features/inspector/Inspector";
import { askWorker } from "../../src/ui/worker/sharedWorker";
import type { WorkerRequest, WorkerResponse } from "../../src/ui/worker/workerProtocol";
import { renderWorkspace } from "./renderWorkspace";
import { modelAnswers } from "./worker/modelAnswers";

// jsdom has no Web Worker: the test answers the page's requests to it by hand.
vi.mock("../../src/ui/worker/sharedWorker", () => import("./worker/sharedWorkerMock"));

const TEAM_A = asNodePath("tenant:Environment/campaign:Sales/campaignGroup:Team A");

/** The request the page sent to the worker, and a way to answer it. */
async function askedOfWorker(): Promise<{
  request: WorkerRequest;
  answer: (message: WorkerResponse) => void;
}> {
  await vi.waitFor(() => expect(askWorker).toHaveBeenCalledTimes(1));
  const [request, onAnswer] = vi.mocked(askWorker).mock.calls[0]!;
  return { request, answer: (message) => void onAnswer(message) };
}

describe("Inspector, while the model comes from the worker", () => {
  beforeEach(() => vi.mocked(askWorker).mockReset());

  it('says "Loading details…" under Configuration, shows the rest, then the fields once in', async () => {
    const { analysis, model } = renderWorkspace(<Inspector />, {
      initialNode: TEAM_A,
      modelInWorker: true,
    });
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    expect(within(inspector).getByText("Loading details…")).toHaveAttribute("role", "status");
    expect(within(inspector).getByRole("heading", { name: "Configuration" })).toBeInTheDocument();
    expect(inspector).toHaveTextContent(
      "Configured name Team A differs: Stat Server expects Sales@Team1.",
    );
    expect(within(inspector).getByRole("heading", { name: "Findings (1)" })).toBeInTheDocument();
    expect(inspector).not.toHaveTextContent("Dial mode");

    const { request, answer } = await askedOfWorker();
    expect(request).toMatchObject({ type: "model", loadedAt: analysis.loadedAt });
    for (const message of modelAnswers(request.id, model)) answer(message);
    expect(await within(inspector).findByText("Predict")).toBeInTheDocument();
    const fields = within(inspector).getByRole("heading", {
      name: "Configuration",
    }).nextElementSibling!;
    expect(fields).toHaveTextContent("Dial modePredict");
    expect(fields).toHaveTextContent("Agent groupTeam1");
    expect(within(inspector).queryByText("Loading details…")).not.toBeInTheDocument();
  });

  it("says why the fields cannot be shown when the worker no longer has the model", async () => {
    renderWorkspace(<Inspector />, { initialNode: TEAM_A, modelInWorker: true });
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    const { request, answer } = await askedOfWorker();
    for (const message of modelAnswers(request.id, null)) answer(message);
    expect(await within(inspector).findByRole("alert")).toHaveTextContent(
      "Could not load the configuration fields: This configuration is no longer held in memory: open it again.",
    );
    expect(within(inspector).getByRole("heading", { name: "Team A" })).toBeInTheDocument();
  });

  it("shows the fields at once for an analysis made on the page", () => {
    renderWorkspace(<Inspector />, { initialNode: TEAM_A });
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    expect(within(inspector).queryByText("Loading details…")).not.toBeInTheDocument();
    expect(inspector).toHaveTextContent("Dial modePredict");
    expect(askWorker).not.toHaveBeenCalled();
  });
});
