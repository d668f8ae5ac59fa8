import { useState } from "react";
import type { NodeId } from "../../../model/config/ids";

/**
 * The same array as long as it holds the same nodes: a list of nodes rebuilt on every render
 * (the top nodes of an unfiltered hierarchy) must not lay the tree out again.
 */
export function useStableNodes(nodes: readonly NodeId[]): readonly NodeId[] {
  const [kept, setKept] = useState(nodes);
  if (kept === nodes || sameNodes(kept, nodes)) return kept;
  setKept(nodes);
  return nodes;
}

function sameNodes(a: readonly NodeId[], b: readonly NodeId[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
