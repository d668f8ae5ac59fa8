import { useContext } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { useAlarmsIn } from "../../shared/statsSlots/alarmsIn";
import type { Alarm, AlarmSource } from "../../shared/statsSlots/StatsSlots";
import { WorkspaceContext } from "../../shared/workspace/WorkspaceContext";
import type { StatsStore } from "../StatsStore";
import { useStatsView } from "../useStatsView";

/**
 * The alarms now as nodes of the open workspace's hierarchy (without one, of the store's):
 * none while they were judged on another one.
 */
export function useWorkspaceAlarms(
  store: StatsStore,
  source: AlarmSource,
): { readonly hierarchy: Hierarchy | null; readonly alarms: ReadonlyMap<NodeId, Alarm> } {
  const workspace = useContext(WorkspaceContext);
  const stored = useStatsView(store, (view) => view.hierarchy);
  const hierarchy = workspace?.hierarchy ?? stored;
  return { hierarchy, alarms: useAlarmsIn(source, hierarchy) };
}
