import { useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from "react";
import type { NodeId, NodePath, ObjectKey } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { findingsOfNode } from "../hierarchy/findingsOfNode";
import { wholeHierarchy } from "../hierarchy/ShownNodes";
import { useAlarmsIn } from "../statsSlots/alarmsIn";
import type { AlarmSource } from "../statsSlots/StatsSlots";
import { useStatsSlots } from "../statsSlots/StatsSlots";
import type { NodeFilter } from "../url/urlState";
import { useWorkspace } from "../workspace/WorkspaceContext";
import { filterHierarchy } from "./filterHierarchy";
import { ShownHierarchyContext, type ShownHierarchy } from "./ShownHierarchyContext";

interface Props {
  readonly filter: NodeFilter | null;
  readonly focus: NodePath | null;
  readonly onShowAll: () => void;
  readonly children: ReactNode;
}

const noSubscription = () => () => {};

const notAvailable = () => false;

/**
 * Whether nodes can be in alarm now: there is an alarm source and it watches figures
 * (statistics are on).
 */
export function useAlarmsAvailable(source: AlarmSource | undefined): boolean {
  const available = source ? (source.isAvailable ?? (() => true)) : notAvailable;
  return useSyncExternalStore(source?.subscribe ?? noSubscription, available, available);
}

/**
 * Filters the open hierarchy for the outline and the tree: only nodes with findings or in
 * alarm, only one subtree, each match with its path. Computed once per change of the filter,
 * the focus or the alarms, never per row; on a new filter or focus the paths to the matches
 * are opened, so what matches is on screen.
 */
export function ShownHierarchyProvider({ filter, focus, onShowAll, children }: Props) {
  const { analysis, hierarchy, findingsByObject, dispatch, reveal, view } = useWorkspace();
  const { alarms: alarmSource } = useStatsSlots();
  // Alarms judged on another hierarchy (a pivot switch or a new file not rolled up yet) name
  // other nodes here: they match none, and open no path.
  const alarms = useAlarmsIn(alarmSource, hierarchy);
  const alarmsAvailable = useAlarmsAvailable(alarmSource);
  // Without alarms to watch (no source, or statistics off) the filter does not apply.
  // A filter that cannot apply yet (no alarms without statistics, no findings while the rules
  // still run) shows everything rather than an empty hierarchy that would claim "none".
  const applied =
    (filter === "alarms" && !alarmsAvailable) || (filter === "findings" && analysis.checking)
      ? null
      : filter;

  const filtered = useMemo(() => {
    if (applied === null && focus === null) return null;
    // Only the nodes that can match are asked: those of objects with findings, those in alarm.
    if (applied === "findings") {
      return filterHierarchy(hierarchy, {
        matches: (node) => findingsOfNode(hierarchy, node, findingsByObject).length > 0,
        candidates: nodesOfObjects(hierarchy, findingsByObject.keys()),
        focus,
      });
    }
    if (applied === "alarms") {
      return filterHierarchy(hierarchy, {
        matches: (node) => alarms.has(node),
        candidates: alarms.keys(),
        focus,
      });
    }
    return filterHierarchy(hierarchy, { matches: null, focus });
  }, [applied, focus, hierarchy, findingsByObject, alarms]);

  // What was open before a filter or focus, given back (with the path to the selection) when
  // the whole hierarchy is shown again: the filter's paths would otherwise all stay open.
  const expandedNow = useRef(view.expanded);
  const selectedNow = useRef(view.selected);
  const unfiltered = useRef<ReadonlySet<NodeId> | null>(null);
  useEffect(() => {
    expandedNow.current = view.expanded;
    selectedNow.current = view.selected;
  });

  // Paths are opened once per filter and focus, and then only those of new matches (a node
  // going into alarm), so a path the user closed stays closed.
  const opened = useRef<{ key: string; focus: NodePath | null; paths: Set<NodeId> } | null>(null);
  useEffect(() => {
    const key = `${applied}\n${focus}`;
    const last = opened.current;
    if (filtered && unfiltered.current === null) unfiltered.current = expandedNow.current;
    if (!filtered && unfiltered.current !== null) {
      const selected = selectedNow.current;
      const path = selected === null ? [] : hierarchy.ancestors(selected);
      dispatch({ type: "setExpanded", ids: [...unfiltered.current, ...path] });
      unfiltered.current = null;
    }
    const before = last?.key === key ? last.paths : null;
    const paths = filtered?.paths ?? [];
    opened.current = { key, focus, paths: new Set(paths) };
    const fresh = before ? paths.filter((id) => !before.has(id)) : paths;
    if (fresh.length > 0) dispatch({ type: "expandMany", ids: fresh });
    // A new focus is centred and selected; changing the filter inside it moves nothing.
    if (filtered && filtered.focusNode !== null && (last === null || last.focus !== focus)) {
      reveal(filtered.focusNode);
    }
  }, [applied, focus, filtered, dispatch, reveal, hierarchy]);

  const shown = useMemo<ShownHierarchy>(
    () => ({
      hierarchy,
      top: filtered?.top ?? wholeHierarchy(hierarchy).top,
      shown: filtered?.shown ?? null,
      filter: applied,
      filtered,
      empty:
        filtered && filtered.matches === 0
          ? emptyMessage(
              applied,
              filtered.focusNode === null ? null : hierarchy.name(filtered.focusNode),
            )
          : null,
      showAll: onShowAll,
    }),
    [filtered, hierarchy, applied, onShowAll],
  );
  return <ShownHierarchyContext.Provider value={shown}>{children}</ShownHierarchyContext.Provider>;
}

/** `focus`: the focused node's name, null without a focus. */
function* nodesOfObjects(hierarchy: Hierarchy, objects: Iterable<ObjectKey>): Iterable<NodeId> {
  for (const object of objects) yield* hierarchy.nodesOf(object);
}

function emptyMessage(filter: NodeFilter | null, focus: string | null): string {
  const where = focus !== null ? ` under ${focus || "the focused node"}` : "";
  if (filter === "findings") return `No object${where} has findings.`;
  if (filter === "alarms") return `No object${where} is in alarm now.`;
  return `Nothing to show${where}.`;
}
