import { asNodeId, type NodeId } from "../../../model/config/ids";
import { NODE_FLAGS, type Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { lowerCasedNames } from "./lowerCasedNames";

interface SearchHit {
  readonly node: NodeId;
  /** 0 exact id, 1 exact name, 2 prefix, 3 contains. */
  readonly rank: number;
}

const NO_MATCH = 255;

/**
 * Nodes whose name or Stat Server id contains the query (ignoring case), best first: exact
 * ids, exact names, prefixes, then the rest in tree order. Searches the hierarchy's string of
 * names (and of the ids that are not names) in one piece, lower-cased once per hierarchy, and
 * looks only at the nodes where the query occurs.
 */
export function searchNodes(hierarchy: Hierarchy, query: string, limit = 30): SearchHit[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [];
  const { nameStart, statStart, flags } = hierarchy.columns;
  const lower = lowerCasedNames(hierarchy);
  const ranks = new Uint8Array(hierarchy.size).fill(NO_MATCH);
  const found: number[] = [];
  const rankAt = (n: number, rank: number) => {
    if (ranks[n] === NO_MATCH) found.push(n);
    if (rank < ranks[n]!) ranks[n] = rank;
  };
  scan(lower.names, nameStart, q, (n, exact, prefix) => {
    if (n === 0) return;
    // Most kinds are known to Stat Server by their name: the same text is then the id.
    const isId = (flags[n]! & NODE_FLAGS.statIdIsName) !== 0;
    rankAt(n, exact ? (isId ? 0 : 1) : prefix ? 2 : 3);
  });
  scan(lower.statIds, statStart, q, (n, exact, prefix) => {
    rankAt(n, exact ? 0 : prefix ? 2 : 3);
  });
  found.sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  return found.slice(0, limit).map((n) => ({ node: asNodeId(n), rank: ranks[n]! }));
}

/**
 * Calls `hit` once per entry of `text` (entry n is `[start[n], start[n + 1])`) that contains
 * `q`, saying whether the entry is `q` and whether it starts with it.
 */
function scan(
  text: string,
  start: Uint32Array,
  q: string,
  hit: (n: number, exact: boolean, prefix: boolean) => void,
): void {
  let n = 0;
  const last = start.length - 1;
  for (let at = text.indexOf(q); at >= 0;) {
    while (n < last && start[n + 1]! <= at) n++;
    const from = start[n]!;
    const to = start[n + 1]!;
    if (at + q.length <= to) {
      hit(n, at === from && to - from === q.length, at === from);
      // The first occurrence in an entry decides it, unless a later one starts it: none can.
      at = text.indexOf(q, to);
    } else {
      // Runs over into the next entry: look again from inside it.
      at = text.indexOf(q, at + 1);
    }
  }
}
