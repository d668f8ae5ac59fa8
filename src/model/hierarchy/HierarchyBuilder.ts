import { asNodeId, type NodeId, type ObjectKey } from "../config/ids";
import { Hierarchy, NODE_FLAGS, type HierarchyColumns } from "./Hierarchy";
import { NODE_KINDS, type NodeKind } from "./NodeKind";
import { keepShape } from "../keepShape";

const KIND_INDEX: ReadonlyMap<NodeKind, number> = new Map(NODE_KINDS.map((kind, i) => [kind, i]));

/**
 * Writes a hierarchy's columns in depth-first pre-order: `open` a node, write its children,
 * `close` it. The columns grow by doubling, so building is one pass with no object per node.
 */
export class HierarchyBuilder {
  #size = 0;
  #capacity: number;
  #kind: Uint8Array;
  #parent: Int32Array;
  #end: Uint32Array;
  #childCount: Uint32Array;
  #depth: Uint16Array;
  #object: Uint32Array;
  #entry: Int32Array;
  #flags: Uint8Array;
  #nameStart: Uint32Array;
  #statStart: Uint32Array;
  readonly #names: string[] = [];
  #namesLength = 0;
  readonly #statIds: string[] = [];
  #statIdsLength = 0;
  readonly #open: number[] = [];

  constructor(capacity = 1024) {
    this.#capacity = capacity;
    this.#kind = new Uint8Array(capacity);
    this.#parent = new Int32Array(capacity);
    this.#end = new Uint32Array(capacity);
    this.#childCount = new Uint32Array(capacity);
    this.#depth = new Uint16Array(capacity);
    this.#object = new Uint32Array(capacity);
    this.#entry = new Int32Array(capacity);
    this.#flags = new Uint8Array(capacity);
    this.#nameStart = new Uint32Array(capacity + 1);
    this.#statStart = new Uint32Array(capacity + 1);
  }

  /** Starts a node under the innermost open one; its children follow until `close`. */
  open(
    kind: NodeKind,
    name: string,
    statId: string | null,
    object: ObjectKey | null,
    entry = -1,
  ): NodeId {
    if (this.#size === this.#capacity) this.#grow();
    const n = this.#size++;
    const parent = this.#open.length === 0 ? -1 : this.#open[this.#open.length - 1]!;
    this.#kind[n] = KIND_INDEX.get(kind)!;
    this.#parent[n] = parent;
    this.#depth[n] = this.#open.length;
    this.#object[n] = object ?? 0;
    this.#entry[n] = entry;
    this.#childCount[n] = 0;
    if (parent >= 0) this.#childCount[parent]!++;
    this.#names.push(name);
    this.#namesLength += name.length;
    this.#nameStart[n + 1] = this.#namesLength;
    let flags = 0;
    if (statId === null) flags = NODE_FLAGS.noStatId;
    else if (statId === name) flags = NODE_FLAGS.statIdIsName;
    else if (statId.length > 0) {
      this.#statIds.push(statId);
      this.#statIdsLength += statId.length;
    }
    this.#statStart[n + 1] = this.#statIdsLength;
    this.#flags[n] = flags;
    this.#open.push(n);
    return asNodeId(n);
  }

  /** Ends the innermost open node. */
  close(): void {
    const n = this.#open.pop();
    if (n === undefined) throw new Error("No node is open.");
    this.#end[n] = this.#size;
  }

  /** A node without children. */
  leaf(kind: NodeKind, name: string, statId: string | null, object: ObjectKey | null): NodeId {
    const n = this.open(kind, name, statId, object);
    this.close();
    return n;
  }

  /** How many children the innermost open node has so far. */
  get openChildren(): number {
    const n = this.#open[this.#open.length - 1];
    return n === undefined ? 0 : this.#childCount[n]!;
  }

  /** Drops the innermost open node, which must have no children (an empty `Unassigned`). */
  discard(): void {
    const n = this.#open.pop();
    if (n === undefined || n !== this.#size - 1) throw new Error("Only a childless node goes.");
    const parent = this.#parent[n]!;
    if (parent >= 0) this.#childCount[parent]!--;
    this.#size = n;
    this.#names.pop();
    this.#namesLength = this.#nameStart[n]!;
    if (this.#statStart[n + 1] !== this.#statStart[n]) this.#statIds.pop();
    this.#statIdsLength = this.#statStart[n]!;
  }

  /**
   * The hierarchy, once every node is closed. Its columns are views of the builder's arrays
   * when these are at most a quarter empty: copying them to their size would make as much
   * memory again, for the collector to take back. Emptier arrays are copied, so a view does
   * not carry much unused room with it (to the page, for one).
   */
  finish(): Hierarchy {
    if (this.#open.length > 0) throw new Error("A node is still open.");
    const size = this.#size;
    const copy = size < this.#capacity * 0.75;
    const trim = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(
      array: T,
      length = size,
    ): T => (copy ? array.slice(0, length) : array.subarray(0, length)) as T;
    const columns: HierarchyColumns = {
      kind: trim(this.#kind),
      parent: trim(this.#parent),
      end: trim(this.#end),
      childCount: trim(this.#childCount),
      depth: trim(this.#depth),
      object: trim(this.#object),
      entry: trim(this.#entry),
      flags: trim(this.#flags),
      names: this.#names.join(""),
      nameStart: trim(this.#nameStart, size + 1),
      statIds: this.#statIds.join(""),
      statStart: trim(this.#statStart, size + 1),
    };
    markShared(columns);
    return new Hierarchy(columns);
  }

  #grow(): void {
    const capacity = this.#capacity * 2;
    const grown = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(
      array: T,
      length = capacity,
    ): T => {
      const next = new (array.constructor as new (length: number) => T)(length);
      next.set(array);
      return next;
    };
    this.#kind = grown(this.#kind);
    this.#parent = grown(this.#parent);
    this.#end = grown(this.#end);
    this.#childCount = grown(this.#childCount);
    this.#depth = grown(this.#depth);
    this.#object = grown(this.#object);
    this.#entry = grown(this.#entry);
    this.#flags = grown(this.#flags);
    this.#nameStart = grown(this.#nameStart, capacity + 1);
    this.#statStart = grown(this.#statStart, capacity + 1);
    this.#capacity = capacity;
  }
}

keepShape(new HierarchyBuilder(1));

const CAMPAIGN_CALLING_LIST = KIND_INDEX.get("campaignCallingList")!;

/**
 * Flags the nodes whose object appears at another node too. A CampaignCallingList's object
 * is its campaign, but it is not an appearance of the campaign.
 */
function markShared({ kind, object, flags }: HierarchyColumns): void {
  let maxKey = 0;
  for (const key of object) if (key > maxKey) maxKey = key;
  const seen = new Uint8Array(maxKey + 1);
  for (let n = 0; n < object.length; n++) {
    const key = object[n]!;
    if (key !== 0 && kind[n] !== CAMPAIGN_CALLING_LIST && seen[key]! < 2) seen[key]!++;
  }
  for (let n = 0; n < object.length; n++) {
    const key = object[n]!;
    if (key !== 0 && kind[n] !== CAMPAIGN_CALLING_LIST && seen[key] === 2) {
      flags[n]! |= NODE_FLAGS.shared;
    }
  }
}
