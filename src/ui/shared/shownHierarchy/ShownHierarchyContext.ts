import { createContext, useContext, useMemo } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { wholeHierarchy } from "../hierarchy/ShownNodes";
import type { NodeFilter } from "../url/urlState";
import { useWorkspace } from "../workspace/WorkspaceContext";
import type { FilteredHierarchy } from "./filterHierarchy";

/** The part of the hierarchy the outline and the tree lay out, and why. */
export interface ShownHierarchy {
  readonly hierarchy: Hierarchy;
  /** The rows at level 1: the root's children, or the focused node alone. */
  readonly top: readonly NodeId[];
  /**
   * 1 for each node drawn, by NodeId (what a filter keeps: the matches and their ancestors; a
   * match's children only where they match too); null when nothing is filtered out. Children
   * of a drawn node that are 0 here are not laid out.
   */
  readonly shown: Uint8Array | null;
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

const alreadyShowingAll = () => {};

/** What to lay out; the whole hierarchy where no filter is provided (a panel on its own). */
export function useShownHierarchy(): ShownHierarchy {
  const shown = useContext(ShownHierarchyContext);
  const { hierarchy } = useWorkspace();
  const whole = useMemo<ShownHierarchy>(
    () => ({
      ...wholeHierarchy(hierarchy),
      filter: null,
      filtered: null,
      empty: null,
      showAll: alreadyShowingAll,
    }),
    [hierarchy],
  );
  return shown ?? whole;
}
