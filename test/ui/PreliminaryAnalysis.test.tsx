// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RULES_STILL_RUN } from "../../src/ui/shared/load/rulesStillRun";
import { analyseConfig } from "../../src/ui/worker/analyseConfig";
import { WORKER_THRESHOLD_BYTES } from "../../src/ui/worker/analyseOffThread";
import { askWorker, tellWorker } from "../../src/ui/worker/sharedWorker";
import type { WorkerRequest, WorkerResponse } from "../../src/ui/worker/workerProtocol";
import "./jsdomFileArrayBuffer";
import { renderApp } from "./renderApp";
import { fixtureText } from "./renderWorkspace";
import { modelAnswers } from "./worker/modelAnswers";

// jsdom has no Web Worker: the test plays the worker, answering the page's requests by hand.
vi.mock("../../src/ui/worker/sharedWorker", () => import("./worker/sharedWorkerMock"));

const LOADED_AT = 1_700_000_000_000;
const TEAM_A = /^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/;

/** The sales fixture, padded past the worker threshold so the page sends it to the worker. */
const largeFile = () =>
  new File([fixtureText("sales.json") + " ".repeat(WORKER_THRESHOLD_BYTES)], "large.json", {
    type: "application/json",
  });
const smallFile = () =>
  new File([fixtureText("sales.json")], "sales.json", { type: "application/json" });

/** What the worker would make of the large file, made here. */
const local = () =>
  analyseConfig([{ path: "large.json", content: fixtureText("sales.json") }], "campaign");

/**
 * Answers model requests at once (the page asks for the model after the first paint) and
 * hands the test the analyse request, to answer step by step.
 */
function fakeWorker(model: ReturnType<typeof local>["model"]) {
  const analyse: { request: WorkerRequest; answer: (m: WorkerResponse) => void }[] = [];
  vi.mocked(askWorker).mockImplementation((request, onAnswer) => {
    if (request.type === "model")
      for (const message of modelAnswers(request.id, model)) onAnswer(message);
    if (request.type === "analyse") analyse.push({ request, answer: (m) => void onAnswer(m) });
  });
  return async () => {
    await vi.waitFor(() => expect(analyse).toHaveLength(1));
    return analyse[0]!;
  };
}

/** The app on screen, with the fake worker ready to answer about the large file's analysis. */
function startApp() {
  const analysis = local();
  const analyseRequest = fakeWorker(analysis.model);
  const user = userEvent.setup();
  renderApp();
  return { analysis, analyseRequest, user };
}

/**
 * Opens the large file and answers with its hierarchy and the analysis's key, as the worker
 * does before its rules end; the test answers the rest.
 */
async function openLarge(
  user: ReturnType<typeof userEvent.setup>,
  analysis: ReturnType<typeof local>,
  analyseRequest: ReturnType<typeof fakeWorker>,
) {
  await user.upload(screen.getByLabelText("Open files…"), largeFile());
  const step = await analyseRequest();
  step.answer({
    id: step.request.id,
    type: "hierarchy",
    columns: analysis.hierarchy.columns,
    start: { loadedAt: LOADED_AT, sources: ["large.json"], pivot: "campaign" },
  });
  return step;
}

beforeEach(() => {
  window.history.replaceState(null, "", "/");
  vi.mocked(askWorker).mockReset();
  vi.mocked(tellWorker).mockReset();
  vi.stubGlobal("Worker", class {});
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response("[]")),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe("a large file, shown while the worker's rules run", () => {
  it("draws the hierarchy at once with the findings pending, then fills them in keeping the view", async () => {
    const { analysis, analyseRequest, user } = startApp();
    const { request, answer } = await openLarge(user, analysis, analyseRequest);

    // Drawn, with no finding claimed either way.
    expect(
      await screen.findByRole("treeitem", { name: /^Team A\s?, Campaign group/ }),
    ).toBeInTheDocument();
    expect(screen.getByText("large.json")).toBeInTheDocument();
    // Once a frame has been painted with it, the worker may run its rules.
    await vi.waitFor(() =>
      expect(tellWorker).toHaveBeenCalledWith({ id: request.id, type: "shown" }),
    );
    const findingsTab = screen.getByRole("tab", { name: "Findings (…)" });
    await user.click(findingsTab);
    expect(screen.getByText("Checking the rules…").closest("[role=status]")).not.toBeNull();
    expect(screen.queryByText("No findings.")).not.toBeInTheDocument();

    // Everything that reads the findings waits, and says why.
    for (const name of ["Report", "Compare", "Conventions", "Present", /^Tree SVG/, /^Tree PNG/]) {
      const button = screen.getByRole("button", { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAttribute("title", RULES_STILL_RUN);
    }
    await user.click(screen.getByRole("button", { name: "Export ▾" }));
    const exports = within(screen.getByRole("list", { name: "Export" })).getAllByRole("button");
    expect(exports.map((b) => b.textContent)).toEqual([
      "Findings (JSON)",
      "Findings (CSV)",
      "Findings (SARIF)",
      "Rename plan (CSV)",
    ]);
    for (const button of exports) {
      expect(button).toBeDisabled();
      expect(button).toHaveAttribute("title", RULES_STILL_RUN);
    }

    // Filtering by findings would show an empty hierarchy, as if there were none.
    expect(screen.getByRole("radio", { name: "With findings" })).toBeDisabled();

    // The user works meanwhile: the selection must survive the findings' arrival.
    await user.click(screen.getByRole("tab", { name: "Outline" }));
    await user.click(screen.getByRole("treeitem", { name: /^Team A\s?, Campaign group/ }));
    expect(screen.getByRole("treeitem", { name: /^Team A\s?, Campaign group/ })).toHaveAttribute(
      "aria-selected",
      "true",
    );

    answer({
      id: request.id,
      type: "done",
      findings: analysis.findings,
      pivot: "campaign",
      sources: ["large.json"],
      loadedAt: LOADED_AT,
      timeline: [],
    });
    expect(
      await screen.findByRole("tab", { name: `Findings (${analysis.findings.length})` }),
    ).toBeInTheDocument();
    expect(analysis.findings.length).toBeGreaterThan(0);
    // The same node, still selected, and now with its finding: the workspace was not rebuilt.
    expect(screen.getByRole("treeitem", { name: TEAM_A })).toHaveAttribute("aria-selected", "true");
    expect(new URLSearchParams(window.location.search).get("node")).toBe(
      "tenant:Environment/campaign:Sales/campaignGroup:Team A",
    );
    expect(screen.getByRole("button", { name: "Report" })).toBeEnabled();
    expect(screen.getByRole("radio", { name: "With findings" })).toBeEnabled();
    await user.click(screen.getByRole("button", { name: "Export ▾" }));
    for (const button of within(screen.getByRole("list", { name: "Export" })).getAllByRole(
      "button",
    ))
      expect(button).toBeEnabled();
    // Nothing was released: the preliminary and the full analysis are one load.
    expect(tellWorker).not.toHaveBeenCalledWith(expect.objectContaining({ type: "release" }));
  });

  it("brings back the configuration the user had when the worker fails after the hierarchy", async () => {
    const { analysis, analyseRequest, user } = startApp();
    // First a small file, analysed on this thread: no checking state at all.
    await user.upload(screen.getByLabelText("Open files…"), smallFile());
    await user.click(await screen.findByRole("treeitem", { name: TEAM_A }));
    expect(screen.getByText("sales.json")).toBeInTheDocument();
    expect(screen.queryByText("Checking the rules…")).not.toBeInTheDocument();

    const { request, answer } = await openLarge(user, analysis, analyseRequest);
    expect(await screen.findByText("large.json")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Findings (…)" })).toBeInTheDocument();

    answer({
      id: request.id,
      type: "error",
      error: { reason: "a rule broke", file: null, line: null, column: null, path: null },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("a rule broke");
    expect(screen.getByText("sales.json")).toBeInTheDocument();
    expect(screen.queryByText("large.json")).not.toBeInTheDocument();
    expect(screen.queryByRole("tab", { name: "Findings (…)" })).not.toBeInTheDocument();
    // The configuration the user had, as they left it.
    expect(screen.getByRole("treeitem", { name: TEAM_A })).toHaveAttribute("aria-selected", "true");
    // The failed load is let go of in the worker; the small file never was there.
    expect(tellWorker).toHaveBeenCalledWith(
      expect.objectContaining({ type: "release", loadedAt: LOADED_AT }),
    );
  });

  it("shows the empty start again, with the error, when there was nothing open before", async () => {
    const { analysis, analyseRequest, user } = startApp();
    const { request, answer } = await openLarge(user, analysis, analyseRequest);
    expect(await screen.findByText("large.json")).toBeInTheDocument();
    answer({
      id: request.id,
      type: "error",
      error: { reason: "a rule broke", file: null, line: null, column: null, path: null },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("a rule broke");
    await waitFor(() => expect(screen.queryByText("large.json")).not.toBeInTheDocument());
    expect(screen.getByRole("heading", { name: "Open a configuration" })).toBeInTheDocument();
  });
});
