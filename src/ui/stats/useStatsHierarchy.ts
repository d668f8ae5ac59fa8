import { useContext } from "react";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import { WorkspaceContext } from "../shared/workspace/WorkspaceContext";
import type { StatsStore } from "./StatsStore";
import { useStatsView } from "./useStatsView";

/**
 * The hierarchy the NodeIds a statistics component is given are of: the open workspace's, or
 * where none is (a component on its own) the one the store was given.
 */
export function useStatsHierarchy(store: StatsStore): Hierarchy | null {
  const workspace = useContext(WorkspaceContext);
  const given = useStatsView(store, () => store.hierarchy);
  return workspace?.hierarchy ?? given;
}
