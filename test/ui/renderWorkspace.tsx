import { cleanup, render } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ReactNode } from "react";
import { afterEach } from "vitest";
import type { NodePath } from "../../src/model/config/ids";
import type { Pivot } from "../../src/model/hierarchy/NodeKind";
import { AppProviders } from "../../src/ui/app/AppProviders";
import type { StatsSlots } from "../../src/ui/shared/statsSlots/StatsSlots";
import { useWorkspace } from "../../src/ui/shared/workspace/WorkspaceContext";
import { WorkspaceProvider } from "../../src/ui/shared/workspace/WorkspaceProvider";
import { analyseConfig, type Analysis } from "../../src/ui/worker/analyseConfig";
import { testQueryClient } from "./testQueryClient";

afterEach(cleanup);

// jsdom lays nothing out, so every element measures 0×0 and a virtualised list would show no
// rows. Give elements the size of a laptop panel, as the virtualiser reads it.
if (typeof HTMLElement !== "undefined") {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get: () => 800,
  });
  Object.defineProperty(HTMLElement.prototype, "clientWidth", {
    configurable: true,
    get: () => 400,
  });
}

const FIXTURES = resolve(import.meta.dirname, "fixtures");

export function fixtureText(name: string): string {
  return readFileSync(resolve(FIXTURES, name), "utf8");
}

/**
 * Shows the selected node's path, so tests can check what a click or a key selected in the
 * words of the fixture (`tenant:Environment/campaign:Sales`).
 */
function SelectionProbe() {
  const { view, hierarchy } = useWorkspace();
  return (
    <output aria-label="selected node">
      {view.selected === null ? "none" : hierarchy.pathOf(view.selected)}
    </output>
  );
}

/** Renders panels over the sales fixture (or another), with a fresh QueryClient. */
export function renderWorkspace(
  ui: ReactNode,
  options: {
    fixture?: string;
    pivot?: Pivot;
    initialNode?: NodePath | null;
    statsSlots?: StatsSlots;
    /** As a worker's analysis: the model stays behind (`loadModel` fetches it). */
    modelInWorker?: boolean;
    /** The analysis of the fixture, when the test needs its very hierarchy (for alarms). */
    analysis?: Analysis;
  } = {},
) {
  const name = options.fixture ?? "sales.json";
  const pivot = options.pivot ?? "campaign";
  const local =
    options.analysis ?? analyseConfig([{ path: name, content: fixtureText(name) }], pivot);
  const analysis: Analysis = options.modelInWorker ? { ...local, model: null } : local;
  const client = testQueryClient();
  const result = render(
    <AppProviders client={client} statsSlots={options.statsSlots}>
      <WorkspaceProvider
        analysis={analysis}
        pivot={pivot}
        hierarchy={analysis.hierarchy}
        initialNode={options.initialNode ?? null}
      >
        {ui}
        <SelectionProbe />
      </WorkspaceProvider>
    </AppProviders>,
  );
  return { ...result, analysis, model: local.model };
}
