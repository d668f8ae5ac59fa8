import { useCallback, useMemo, useReducer, useState, type ReactNode } from "react";
import type { NodeId, NodePath } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { Pivot } from "../../../model/hierarchy/NodeKind";
import type { Analysis } from "../../worker/analyseConfig";
import { appearancesOfNode } from "../hierarchy/appearancesOfNode";
import { groupFindingsByObject } from "../hierarchy/findingsOfNode";
import { openToLevel } from "../hierarchy/openToLevel";
import { wholeHierarchy } from "../hierarchy/ShownNodes";
import { usePrefetchModel } from "../load/modelQuery";
import { carryViewState } from "../viewState/carryViewState";
import { initialViewState, viewStateReducer, type ViewState } from "../viewState/viewStateReducer";
import type { Workspace } from "./Workspace";
import { WorkspaceContext } from "./WorkspaceContext";

/** Levels open when a configuration is first shown: tenants, campaigns, and their groups and lists. */
export const INITIAL_LEVELS = 3;

interface Props {
  readonly analysis: Analysis;
  readonly pivot: Pivot;
  /** The pivot's hierarchy: every node the panels hold is one of its nodes. */
  readonly hierarchy: Hierarchy;
  /** The node to select at start (from a shared link), when it exists in this hierarchy. */
  readonly initialNode: NodePath | null;
  readonly children: ReactNode;
}

/**
 * Holds the view state of one hierarchy. Mounted with a key per configuration and pivot, so
 * a new one starts from a fresh reducer; what carries over (the selection, through the
 * address bar) goes by path. Given another hierarchy without a new key, it carries what is
 * open and selected over by path too: NodeIds of one hierarchy mean nothing in another.
 */
export function WorkspaceProvider({ analysis, pivot, hierarchy, initialNode, children }: Props) {
  usePrefetchModel(analysis);
  const findingsByObject = useMemo(
    () => groupFindingsByObject(analysis.findings),
    [analysis.findings],
  );
  const [view, dispatch] = useReducer(viewStateReducer, null, (): ViewState => {
    const open = openToLevel(wholeHierarchy(hierarchy), INITIAL_LEVELS);
    const node = initialNode === null ? null : hierarchy.nodeAt(initialNode);
    if (node !== null && node !== 0) {
      return initialViewState([...open, ...hierarchy.ancestors(node)], node);
    }
    return initialViewState(open, null);
  });
  const [viewOf, setViewOf] = useState(hierarchy);
  const stale = viewOf !== hierarchy;
  if (stale) {
    // React renders again at once with the carried state, before any child sees this one.
    setViewOf(hierarchy);
    dispatch({ type: "reset", ...carryViewState(viewOf, hierarchy, view) });
  }
  const reveal = useCallback(
    (node: NodeId) => dispatch({ type: "reveal", id: node, ancestors: hierarchy.ancestors(node) }),
    [hierarchy],
  );
  const selected = stale ? null : view.selected;
  const highlighted = useMemo(
    () => new Set(selected === null ? [] : appearancesOfNode(hierarchy, selected)),
    [hierarchy, selected],
  );
  const workspace = useMemo<Workspace>(
    () => ({
      analysis,
      pivot,
      hierarchy,
      findingsByObject,
      view,
      dispatch,
      selected,
      highlighted,
      reveal,
    }),
    [analysis, pivot, hierarchy, findingsByObject, view, selected, highlighted, reveal],
  );
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}
