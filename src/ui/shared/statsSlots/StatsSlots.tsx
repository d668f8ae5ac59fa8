import { createContext, useContext, type ReactNode } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { FigureName } from "../../../model/stats/Figure";
import type { StatKey } from "../../../model/stats/StatKey";

/** A node whose figures just got worse across a threshold. */
export interface ThresholdCrossing {
  /**
   * The hierarchy `node` is a node of: the one the figures were judged on, which for a moment
   * after a pivot switch or a new file is not yet the workspace's.
   */
  readonly hierarchy: Hierarchy;
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

/** A node over a threshold now: its worst figure, and since when it has been over. */
export interface Alarm {
  /** A node of its snapshot's hierarchy. */
  readonly node: NodeId;
  readonly level: "warning" | "alarm";
  readonly figure: FigureName;
  readonly value: number | string;
  /** When the node went over (ms since the epoch). */
  readonly since: number;
}

/**
 * The nodes over a threshold now, with the hierarchy their NodeIds belong to: the one the
 * figures were judged on, which for a moment after a pivot switch or a new file is not yet
 * the workspace's. Read it through `alarmsIn`, which gives none for another hierarchy.
 */
export interface AlarmSnapshot {
  /** Null while there are no alarms. */
  readonly hierarchy: Hierarchy | null;
  readonly alarms: ReadonlyMap<NodeId, Alarm>;
}

/** The nodes over a threshold now, as an external store. */
export interface AlarmSource {
  readonly subscribe: (listener: () => void) => () => void;
  /** The same snapshot while nothing changed. */
  readonly getAlarms: () => AlarmSnapshot;
  /**
   * Whether nodes can be in alarm now: false while statistics are off, when no figure can
   * cross a threshold. Listeners are told when it changes. Absent: always.
   */
  readonly isAvailable?: () => boolean;
}

/** How the grid is shown: in the workbench, or full screen on a wall. */
export interface GridOptions {
  readonly wallboard: boolean;
  readonly onWallboard: (on: boolean) => void;
}

/**
 * Where the statistics feature (src/ui/stats) mounts into the viewer. Every slot is optional;
 * without them the viewer shows the configuration alone. Slots render inside the viewer's
 * providers, so they may use TanStack Query and read the open configuration with
 * `useWorkspace()` where a workspace is open; a `NodeId` is a node of the workspace's
 * hierarchy.
 */
export interface StatsSlots {
  /**
   * Figures drawn on one node, in the outline row and on the tree card. Called for each node
   * on screen (a few hundred at most), so it should read a store, not compute.
   */
  readonly renderNodeStats?: (node: NodeId) => ReactNode;
  /** A section of the inspector for the selected node (e.g. a history chart). */
  readonly renderInspectorSection?: (node: NodeId) => ReactNode;
  /** A status in the header (e.g. the live connection indicator). */
  readonly renderHeaderStatus?: () => ReactNode;
  /** A legend under the tree (e.g. the thresholds). */
  readonly renderLegend?: () => ReactNode;
  /** What Stat Server refused, for the findings it confirms. */
  readonly refusals?: RefusalSource;
  /**
   * Threshold crossings as they happen, for the presentation tour to visit (those of another
   * hierarchy than the workspace's are to be ignored).
   */
  readonly subscribeCrossings?: (listener: (crossing: ThresholdCrossing) => void) => () => void;
  /** The nodes over a threshold now, for the alarm list, the header count and filters. */
  readonly alarms?: AlarmSource;
  /** The alarm list, shown as a tab of the side panel. */
  readonly renderAlarmList?: () => ReactNode;
  /** The objects of a kind against chosen figures, in place of the tree. */
  readonly renderGrid?: (options: GridOptions) => ReactNode;
}

export const StatsSlotsContext = createContext<StatsSlots>({});

export const useStatsSlots = () => useContext(StatsSlotsContext);
