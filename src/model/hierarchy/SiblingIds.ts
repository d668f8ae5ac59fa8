import { asNodeId, type NodeId } from "../config/ids";
import { keepShape } from "../keepShape";
import { NODE_KINDS, type NodeKind } from "./HierarchyNode";

/**
 * What a name cannot hold as it is in an id: the characters an id gives meaning to (`/`
 * between segments, `:` after the kind, `;` before a sibling number, and `%` itself), and any
 * UTF-16 surrogate, for a lone one, which JSON text can carry, does not survive a URL (the
 * address bar turns it into U+FFFD, and a `?node=` link would then miss its node).
 */
const TO_ESCAPE = /[%/:;\uD800-\uDFFF]/;
const SEPARATOR_OR_LONE_SURROGATE =
  /[%/:;]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  "%": "%25",
  "/": "%2F",
  ":": "%3A",
  ";": "%3B",
};

/** `%` and the hex of the character: `%3A`; `%uD800` for a lone surrogate. */
const escapeOne = (c: string): string =>
  ESCAPES[c] ?? `%u${c.charCodeAt(0).toString(16).toUpperCase()}`;

/**
 * Escapes a name for an id: only what a name cannot hold as it is (`TO_ESCAPE`) is
 * percent-escaped, so no name can forge a path, and two names escape alike only if they are
 * the same name (`%` itself is escaped). Everything else stays as it is (spaces, `@`,
 * accents, characters beyond the BMP), which keeps ids readable; escaping every character
 * `encodeURIComponent` escapes cost a new string for a quarter of all names at 100k objects
 * (every campaign group's `C@G` name among them).
 */
function escapeName(name: string): string {
  return TO_ESCAPE.test(name) ? name.replace(SEPARATOR_OR_LONE_SURROGATE, escapeOne) : name;
}

/** The id of the root node of every hierarchy. */
export const ROOT_ID = asNodeId("/");

/** `/<kind>:` for each kind: what follows the parent's id in the id of a child. */
const KIND_STEPS = Object.fromEntries(NODE_KINDS.map((kind) => [kind, `/${kind}:`])) as Record<
  NodeKind,
  string
>;

/**
 * Past this many children, a parent counts its children's names in a Map instead of
 * comparing each new name with all the earlier ones.
 */
const SCAN_LIMIT = 16;

/**
 * Hands out the ids of one node's children. An id is the parent's id, `/`, then
 * `<kind>:<name>` with `%`, `/`, `:` and `;` in the name percent-escaped (so a name cannot
 * forge a path); the second and later siblings of one kind and name (duplicates within a
 * file) get `;2`, `;3`... in model order. The same data therefore yields the same ids on
 * every load, and no two nodes share one.
 *
 * At 100k objects there are about 130k ids and 34k parents, most with one child or a few
 * (an agent group's members), and duplicates are rare; building ids was more than half the
 * hierarchy's cost. So `<parent>/<kind>:` is built once per parent and kind, making each id
 * one concatenation onto it; and a parent compares a new name with its earlier children's
 * in a small array, which costs less than the Map per parent it replaced, switching to a
 * Map only when it has many children (a tenant's campaigns, `Unassigned`).
 */
export class SiblingIds {
  // `<parent>/<kind>:` for the kind of the latest child: siblings mostly share a kind.
  private prefixKind: NodeKind | undefined;
  private kindPrefix = "";
  // The first child's kind and escaped name: most parents have only one child.
  private firstKind: NodeKind | undefined;
  private firstName = "";
  // From the second child on, the kind and escaped name of each child so far, in pairs:
  // [kind, name, kind, name, ...].
  private taken: string[] | undefined;
  // By kind, then by escaped name: how many children so far.
  private counts: Map<NodeKind, Map<string, number>> | undefined;

  constructor(private readonly parentId: NodeId) {}

  next(kind: NodeKind, name: string): NodeId {
    const escaped = escapeName(name);
    if (kind !== this.prefixKind) {
      this.prefixKind = kind;
      const step = KIND_STEPS[kind];
      this.kindPrefix = this.parentId === ROOT_ID ? step.slice(1) : this.parentId + step;
    }
    const count = this.count(kind, escaped);
    return asNodeId(
      count === 1 ? this.kindPrefix + escaped : `${this.kindPrefix}${escaped};${count}`,
    );
  }

  /** A structural child (`unassigned`): a bare word, which no `<kind>:<name>` can equal. */
  fixed(word: string): NodeId {
    return asNodeId(this.parentId === ROOT_ID ? word : `${this.parentId}/${word}`);
  }

  /** How many children of this kind and escaped name there are, this one included. */
  private count(kind: NodeKind, escaped: string): number {
    if (this.counts) return countInMap(this.counts, kind, escaped);
    if (this.firstKind === undefined) {
      this.firstKind = kind;
      this.firstName = escaped;
      return 1;
    }
    const taken = (this.taken ??= [this.firstKind, this.firstName]);
    if (taken.length === 2 * SCAN_LIMIT) {
      const counts = new Map<NodeKind, Map<string, number>>();
      for (let i = 0; i < taken.length; i += 2) {
        countInMap(counts, taken[i] as NodeKind, taken[i + 1] as string);
      }
      this.counts = counts;
      this.taken = undefined;
      return countInMap(counts, kind, escaped);
    }
    let count = 1;
    for (let i = 0; i < taken.length; i += 2) {
      if (taken[i] === kind && taken[i + 1] === escaped) count++;
    }
    taken.push(kind, escaped);
    return count;
  }
}

keepShape(new SiblingIds(ROOT_ID));

function countInMap(
  counts: Map<NodeKind, Map<string, number>>,
  kind: NodeKind,
  escaped: string,
): number {
  let names = counts.get(kind);
  if (!names) counts.set(kind, (names = new Map()));
  const count = (names.get(escaped) ?? 0) + 1;
  names.set(escaped, count);
  return count;
}
