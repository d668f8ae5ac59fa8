import { useCallback, useEffect, useMemo, useReducer, type ReactNode } from "react";
import type { NodePath } from "../../../model/config/ids";
import type { HierarchyNode, Pivot } from "../../../model/hierarchy/HierarchyNode";
import type { Analysis } from "../../worker/analyseConfig";
import { groupFindingsByObject } from "../hierarchy/findingsOfNode";
import { usePrefetchModel } from "../load/modelQuery";
import { afterPaint } from "../afterPaint";
import {
  ancestorsOf,
  appearancesOf,
  indexNodes,
  openToLevel,
  prepareIndex,
} from "../hierarchy/NodeIndex";
import { initialViewState, viewStateReducer, type ViewState } from "../viewState/viewStateReducer";
import type { Workspace } from "./Workspace";
import { WorkspaceContext } from "./WorkspaceContext";

/** Levels open when a configuration is first shown: tenants, campaigns, and their groups and lists. */
const INITIAL_LEVELS = 3;

interface Props {
  readonly analysis: Analysis;
  readonly pivot: Pivot;
  readonly root: HierarchyNode;
  /** The node to select at start (from a shared link), when it exists in this hierarchy. */
  readonly initialNode: NodePath | null;
  readonly children: ReactNode;
}

/**
 * Holds the view state of one hierarchy. Mounted with a key per configuration and pivot, so
 * a new one starts from a fresh reducer instead of carrying ids that no longer exist.
 */
export function WorkspaceProvider({ analysis, pivot, root, initialNode, children }: Props) {
  const index = useMemo(() => indexNodes(root), [root]);
  usePrefetchModel(analysis);
  useEffect(() => {
    // After the model is asked for, so the worker copies it out while this runs.
    const handle = afterPaint(() => prepareIndex(index));
    return () => handle.cancel();
  }, [index]);
  const findingsByObject = useMemo(
    () => groupFindingsByObject(analysis.findings),
    [analysis.findings],
  );
  const [view, dispatch] = useReducer(viewStateReducer, null, (): ViewState => {
    const open = openToLevel(root, INITIAL_LEVELS);
    if (initialNode && index.nodes.has(initialNode)) {
      return initialViewState([...open, ...ancestorsOf(index, initialNode)], initialNode);
    }
    return initialViewState(open, null);
  });
  const reveal = useCallback(
    (id: NodePath) => dispatch({ type: "reveal", id, ancestors: ancestorsOf(index, id) }),
    [index],
  );
  const selectedNode = view.selected ? (index.nodes.get(view.selected) ?? null) : null;
  const highlighted = useMemo(
    () => new Set(selectedNode ? appearancesOf(index, selectedNode) : []),
    [index, selectedNode],
  );
  const workspace = useMemo<Workspace>(
    () => ({
      analysis,
      pivot,
      index,
      findingsByObject,
      view,
      dispatch,
      selectedNode,
      highlighted,
      reveal,
    }),
    [analysis, pivot, index, findingsByObject, view, selectedNode, highlighted, reveal],
  );
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}
