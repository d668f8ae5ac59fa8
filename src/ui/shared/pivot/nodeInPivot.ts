import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";

/**
 * The node of another pivot's hierarchy that stands for the same configuration object: paths
 * differ between pivots, objects do not. Of the object's nodes there, the first of the same
 * kind and calling list entry (a CampaignCallingList's object is its campaign), else the
 * first. A node the other pivot does not show (an agent, under the group pivot) is stood for
 * by its nearest ancestor that it shows; null when none is (the root).
 */
export function nodeInPivot(from: Hierarchy, node: NodeId, to: Hierarchy): NodeId | null {
  for (let n: NodeId | null = node; n !== null; n = from.parent(n)) {
    const object = from.object(n);
    if (object === null) continue;
    const nodes = to.nodesOf(object);
    const kind = from.kind(n);
    const entry = from.entry(n);
    const there = nodes.find((m) => to.kind(m) === kind && to.entry(m) === entry) ?? nodes[0];
    if (there !== undefined) return there;
  }
  return null;
}
