import type { NodePath } from "../../../model/config/ids";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import type { NodeIndex } from "../../shared/hierarchy/NodeIndex";

interface SearchHit {
  readonly id: NodePath;
  readonly node: HierarchyNode;
  /** 0 exact id, 1 exact name, 2 prefix, 3 contains. */
  readonly rank: number;
}

/**
 * Nodes whose name or Stat Server id contains the query (ignoring case), best first: exact
 * ids, exact names, prefixes, then the rest in tree order.
 */
export function searchNodes(index: NodeIndex, query: string, limit = 30): SearchHit[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const [id, node] of index.nodes) {
    if (node.kind === "root") continue;
    const name = node.name.toLocaleLowerCase();
    const statId = node.statId?.toLocaleLowerCase() ?? "";
    let rank: number;
    if (statId === q) rank = 0;
    else if (name === q) rank = 1;
    else if (name.startsWith(q) || statId.startsWith(q)) rank = 2;
    else if (name.includes(q) || statId.includes(q)) rank = 3;
    else continue;
    hits.push({ id, node, rank });
  }
  hits.sort((a, b) => a.rank - b.rank);
  return hits.slice(0, limit);
}
