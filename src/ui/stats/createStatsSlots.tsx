import { lazy, Suspense } from "react";
import type { StatsSlots } from "../shared/statsSlots/StatsSlots";
import { AlarmAcknowledgements } from "./alarms/AlarmAcknowledgements";
import { AlarmHeaderCount } from "./alarms/AlarmHeaderCount";
import { AlarmList } from "./alarms/AlarmList";
import { AlarmSound } from "./alarms/AlarmSound";
import { AlarmTracker } from "./alarms/AlarmTracker";
import { watchAlarmCrossings } from "./alarms/watchAlarmCrossings";
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
  // Alarms are judged on the figures published, so their NodeIds are of that hierarchy.
  const acknowledgements = new AlarmAcknowledgements(() => statsStore.getView().hierarchy);
  const alarms = new AlarmTracker(statsStore, {
    resume: (node, figure) => acknowledgements.sinceOf(node, figure),
  });
  const sound = new AlarmSound(alarms, acknowledgements);
  return {
    renderNodeStats: (node) => <NodeStatsChips store={statsStore} node={node} />,
    renderInspectorSection: (node) => <StatsInspectorSection store={statsStore} node={node} />,
    renderHeaderStatus: () => (
      <>
        <StatsController store={statsStore} />
        <AlarmHeaderCount store={statsStore} alarms={alarms} acknowledgements={acknowledgements} />
      </>
    ),
    renderLegend: () => <StatsLegend store={statsStore} storageProblem={stored.problem} />,
    refusals: {
      subscribe: statsStore.subscribe,
      getRefused: () => statsStore.getView().refused,
    },
    subscribeCrossings: (listener) => watchAlarmCrossings(alarms, listener),
    alarms,
    renderAlarmList: () => (
      <AlarmList
        store={statsStore}
        alarms={alarms}
        acknowledgements={acknowledgements}
        sound={sound}
      />
    ),
    renderGrid: (options) => (
      <Suspense fallback={<p className="panel-empty">Loading the grid…</p>}>
        <GridView store={statsStore} {...options} />
      </Suspense>
    ),
  };
}
