import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { ViewState } from "./viewStateReducer";

/**
 * What is open and selected in one hierarchy, as the same nodes of another (the same
 * configuration analysed again): each node is carried by its path, and dropped when the other
 * hierarchy has no node there.
 */
export function carryViewState(
  from: Hierarchy,
  to: Hierarchy,
  view: ViewState,
): { readonly expanded: NodeId[]; readonly selected: NodeId | null } {
  const carry = (node: NodeId) => (node < from.size ? to.nodeAt(from.pathOf(node)) : null);
  const expanded: NodeId[] = [];
  for (const node of view.expanded) {
    const carried = carry(node);
    if (carried !== null) expanded.push(carried);
  }
  return { expanded, selected: view.selected === null ? null : carry(view.selected) };
}
