import { createContext, useContext, type ReactNode } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import type { StatKey } from "../../../model/stats/StatKey";

/** A node whose figures just got worse across a threshold. */
export interface ThresholdCrossing {
  readonly node: NodeId;
  readonly level: "warning" | "alarm";
  /** The figure's label ("Overdial rate"). */
  readonly figure: string;
}

/** Stat Server's refusals as an external store: the ids it does not know, with its reason. */
export interface RefusalSource {
  readonly subscribe: (listener: () => void) => () => void;
  /** The same map while nothing changed. */
  readonly getRefused: () => ReadonlyMap<StatKey, string | null>;
}

/**
 * Where the statistics feature (src/ui/stats) mounts into the viewer. Every slot is optional;
 * without them the viewer shows the configuration alone. Slots render inside the viewer's
 * providers, so they may use TanStack Query and read the open configuration with
 * `useWorkspace()` where a workspace is open.
 */
export interface StatsSlots {
  /**
   * Figures drawn on one node, in the outline row and on the tree card. Called for each node
   * on screen (a few hundred at most), so it should read a store, not compute.
   */
  readonly renderNodeStats?: (node: HierarchyNode) => ReactNode;
  /** A section of the inspector for the selected node (e.g. a history chart). */
  readonly renderInspectorSection?: (node: HierarchyNode) => ReactNode;
  /** A status in the header (e.g. the live connection indicator). */
  readonly renderHeaderStatus?: () => ReactNode;
  /** A legend under the tree (e.g. the thresholds). */
  readonly renderLegend?: () => ReactNode;
  /** What Stat Server refused, for the findings it confirms. */
  readonly refusals?: RefusalSource;
  /** Threshold crossings as they happen, for the presentation tour to visit. */
  readonly subscribeCrossings?: (listener: (crossing: ThresholdCrossing) => void) => () => void;
}

export const StatsSlotsContext = createContext<StatsSlots>({});

export const useStatsSlots = () => useContext(StatsSlotsContext);
