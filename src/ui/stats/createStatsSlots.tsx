import { lazy, Suspense } from "react";
import type { StatsSlots } from "../features/statsSlots/StatsSlots";
import { watchThresholdCrossings } from "../review/presentation/watchThresholdCrossings";
import { NodeStatsChips } from "./NodeStatsChips";
import { StatsController } from "./StatsController";
import { StatsInspectorSection } from "./StatsInspectorSection";
import { StatsLegend } from "./StatsLegend";
import { StatsStore } from "./StatsStore";
import { loadThresholds } from "./thresholdStorage";

// The grid is not part of the first load: it arrives when the user switches to it.
const GridView = lazy(() => import("./grid/GridView").then((m) => ({ default: m.GridView })));

/** The statistics feature as the viewer's slots, over one store for the page. */
export function createStatsSlots(store?: StatsStore): StatsSlots {
  const stored = loadThresholds();
  const statsStore = store ?? new StatsStore({ thresholds: stored.thresholds });
  return {
    renderNodeStats: (node) => <NodeStatsChips store={statsStore} node={node} />,
    renderInspectorSection: (node) => <StatsInspectorSection store={statsStore} node={node} />,
    renderHeaderStatus: () => <StatsController store={statsStore} />,
    renderLegend: () => <StatsLegend store={statsStore} storageProblem={stored.problem} />,
    refusals: {
      subscribe: statsStore.subscribe,
      getRefused: () => statsStore.getView().refused,
    },
    subscribeCrossings: (listener) => watchThresholdCrossings(statsStore, listener),
    renderGrid: (options) => (
      <Suspense fallback={<p className="panel-empty">Loading the grid…</p>}>
        <GridView store={statsStore} {...options} />
      </Suspense>
    ),
  };
}
