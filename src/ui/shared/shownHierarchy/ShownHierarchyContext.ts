import { createContext, useContext } from "react";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import type { NodeFilter } from "../url/urlState";
import { useWorkspace } from "../workspace/WorkspaceContext";
import type { FilteredHierarchy } from "./filterHierarchy";

/** The part of the hierarchy the outline and the tree lay out, and why. */
export interface ShownHierarchy {
  /** The root to lay out (the whole hierarchy's, or a pruned copy). */
  readonly root: HierarchyNode;
  /** The filter in force (null: none, or the one asked for cannot apply). */
  readonly filter: NodeFilter | null;
  /** The result of filtering, null when everything is shown. */
  readonly filtered: FilteredHierarchy | null;
  /** What to say when the filter or focus leaves nothing to show, else null. */
  readonly empty: string | null;
  /** Back to the whole hierarchy (filter and focus dropped). */
  readonly showAll: () => void;
}

export const ShownHierarchyContext = createContext<ShownHierarchy | null>(null);

/** What to lay out; the whole hierarchy where no filter is provided (a panel on its own). */
export function useShownHierarchy(): ShownHierarchy {
  const shown = useContext(ShownHierarchyContext);
  const { index } = useWorkspace();
  return (
    shown ?? { root: index.root, filter: null, filtered: null, empty: null, showAll: () => {} }
  );
}
