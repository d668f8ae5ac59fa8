import { asNodeId, type NodeId } from "../config/ids";
import type { Hierarchy } from "../hierarchy/Hierarchy";
import {
  isRefused,
  nodeStats,
  ownStaleChangeAt,
  ownStaleSince,
  type NodeStats,
  type RollUpOptions,
} from "./rollUp";
import { nodeStatKey } from "./nodeStatKey";
import type { StatKey } from "./StatKey";
import type { StatValues } from "./StatValues";

/** The width of one slot of the due-time wheel (ms). */
const WHEEL_SLOT_MS = 250;

/** How many nodes are computed or indexed between two reads of the clock. */
const CLOCK_EVERY = 64;

/**
 * `rollUp`, kept up to date incrementally: after a batch of updates only the nodes whose
 * object changed and their ancestors are recomputed, so a busy stream touches the nodes above
 * the objects that moved, not the whole tree. Untouched nodes keep their NodeStats object, so
 * a component reading one node re-renders only when that node moved. Staleness depends on
 * the clock too: each node whose own figures will turn stale without any update waits in a
 * wheel of due times, and `advanceClock` re-judges only the nodes now due and the ancestors
 * whose flag follows, so the clock costs in proportion to what turns stale, not to the
 * hierarchy. `refreshStale` re-judges every node.
 *
 * Everything per node is in arrays indexed by NodeId, and each object's StatKey is kept once.
 * Nothing is computed on construction: finding each node's object and the first full pass
 * run in `step`, in slices a caller can spread over frames (`full` and `update` run them in
 * one piece). The nodes are in pre-order, so a pass that visits them from the last to the
 * first computes every child before its parent.
 */
export class RollUpCache {
  readonly #hierarchy: Hierarchy;
  /** Each statistics object the hierarchy has a node for, once. */
  readonly #keys: StatKey[] = [];
  /** Each object's position in `#keys`. */
  readonly #keyIndex = new Map<StatKey, number>();
  /** Each node's object, as a position in `#keys`; -1 for a structural node or one without a Stat Server id. */
  readonly #keyOf: Int32Array;
  /**
   * The nodes of each object (a shared object appears at several), as chains: the first node
   * by object, and each node's next node of the same object (-1 ends the chain).
   */
  readonly #firstNode: number[] = [];
  readonly #nextNode: Int32Array;
  /** How many nodes have their key found so far. */
  #indexedUpTo = 0;
  readonly #stats: (NodeStats | undefined)[];
  /** A pass's results, published into `#stats` when it ends. */
  readonly #pending: (NodeStats | undefined)[];
  /** When each node's own staleness next changes on the clock alone; NaN when it will not. */
  readonly #dueAt: Float64Array;
  /** Nodes by the slot (dueAt / WHEEL_SLOT_MS) of their due time. */
  readonly #wheel = new Map<number, Set<NodeId>>();
  /** 1 for the nodes a pass being planned has already taken. */
  readonly #dirty: Uint8Array;
  /** Whether `stats` holds every node: until a full pass has ended, a pass is a full one. */
  #complete = false;
  #staleRefresh: {
    /** Counts down: the next node to judge is `next - 1`. */
    next: number;
    readonly values: StatValues;
    readonly options: RollUpOptions;
  } | null = null;
  #pass: {
    /** The nodes to compute, descending (children first); null for a full pass. */
    readonly ordered: Uint32Array | null;
    /** How many of them are done. */
    done: number;
    readonly values: StatValues;
    readonly options: RollUpOptions;
  } | null = null;

  constructor(hierarchy: Hierarchy) {
    this.#hierarchy = hierarchy;
    const size = hierarchy.size;
    this.#keyOf = new Int32Array(size).fill(-1);
    this.#nextNode = new Int32Array(size).fill(-1);
    this.#stats = new Array<NodeStats | undefined>(size).fill(undefined);
    this.#pending = new Array<NodeStats | undefined>(size).fill(undefined);
    this.#dueAt = new Float64Array(size).fill(NaN);
    this.#dirty = new Uint8Array(size);
  }

  /** The hierarchy the stats are of: their indices are its NodeIds. */
  get hierarchy(): Hierarchy {
    return this.#hierarchy;
  }

  /**
   * The current stats by NodeId (undefined until a first pass has ended). The same array is
   * updated in place by later calls.
   */
  get stats(): readonly (NodeStats | undefined)[] {
    return this.#stats;
  }

  /** Whether the hierarchy has a node for this object (false until indexed). */
  has(key: StatKey): boolean {
    return this.#keyIndex.has(key);
  }

  /** Whether the hierarchy is indexed, so that `has` answers for every object. */
  get indexed(): boolean {
    return this.#indexedUpTo === this.#hierarchy.size;
  }

  full(values: StatValues, options: RollUpOptions): readonly (NodeStats | undefined)[] {
    this.startFull(values, options);
    this.step(Infinity, () => 0);
    return this.#stats;
  }

  /** Recomputes what the objects changed since the last call affect. */
  update(values: StatValues, options: RollUpOptions): readonly (NodeStats | undefined)[] {
    this.startPass(values, options);
    this.step(Infinity, () => 0);
    return this.#stats;
  }

  /** Whether a pass started by `startPass` or `startFull` has nodes left to compute. */
  get passing(): boolean {
    return this.#pass !== null;
  }

  /**
   * Starts a pass over every node, abandoning one under way; `step` computes it. Values
   * that change while it runs are picked up by the next `startPass`.
   */
  startFull(values: StatValues, options: RollUpOptions): void {
    this.#pending.fill(undefined);
    // Every node is scheduled again as it is computed.
    this.#wheel.clear();
    this.#dueAt.fill(NaN);
    values.takeChanged();
    this.#pass = { ordered: null, done: 0, values, options };
  }

  /**
   * Starts an incremental pass over what changed since the last one; `step` computes it in
   * slices so that a large pass never holds a frame. Results are kept aside and published
   * into `stats` all at once when the pass ends, so readers never see a parent that
   * disagrees with its children.
   */
  startPass(values: StatValues, options: RollUpOptions): void {
    if (this.#pass !== null) return;
    if (!this.#complete) return this.startFull(values, options);
    const { parent } = this.#hierarchy.columns;
    const dirty = this.#dirty;
    const taken: number[] = [];
    const next = this.#nextNode;
    for (const key of values.takeChanged()) {
      const index = this.#keyIndex.get(key);
      if (index === undefined) continue;
      for (let at = this.#firstNode[index]!; at >= 0; at = next[at]!) {
        for (let n: number = at; n >= 0 && dirty[n] === 0; n = parent[n]!) {
          dirty[n] = 1;
          taken.push(n);
        }
      }
    }
    if (taken.length === 0) return;
    const ordered = Uint32Array.from(taken).sort().reverse();
    for (const n of taken) dirty[n] = 0;
    this.#pass = { ordered, done: 0, values, options };
  }

  /**
   * Indexes, then computes, until the pass ends or `budgetMs` has passed on `clock`; true
   * when it ended. The clock is read every few dozen nodes: reading it costs too.
   */
  step(budgetMs: number, clock: () => number): boolean {
    const pass = this.#pass;
    if (pass === null) return true;
    const deadline = clock() + budgetMs;
    if (!this.#index(deadline, clock)) return false;
    const size = this.#hierarchy.size;
    const count = pass.ordered === null ? size : pass.ordered.length;
    while (pass.done < count) {
      const n = pass.ordered === null ? size - 1 - pass.done : pass.ordered[pass.done]!;
      this.#compute(asNodeId(n), pass.values, pass.options);
      pass.done += 1;
      if (pass.done % CLOCK_EVERY === 0 && clock() >= deadline) return false;
    }
    for (let i = 0; i < count; i += 1) {
      const n = pass.ordered === null ? i : pass.ordered[i]!;
      this.#stats[n] = this.#pending[n];
      this.#pending[n] = undefined;
    }
    this.#pass = null;
    this.#complete = true;
    return true;
  }

  #index(deadline: number, clock: () => number): boolean {
    const hierarchy = this.#hierarchy;
    const size = hierarchy.size;
    while (this.#indexedUpTo < size) {
      const node = asNodeId(this.#indexedUpTo);
      this.#indexedUpTo += 1;
      const key = nodeStatKey(hierarchy, node);
      if (key !== null) {
        let index = this.#keyIndex.get(key);
        if (index === undefined) {
          index = this.#keys.length;
          this.#keys.push(key);
          this.#keyIndex.set(key, index);
          this.#firstNode.push(-1);
        }
        this.#keyOf[node] = index;
        this.#nextNode[node] = this.#firstNode[index]!;
        this.#firstNode[index] = node;
      }
      if (this.#indexedUpTo % (4 * CLOCK_EVERY) === 0 && clock() >= deadline) return false;
    }
    return true;
  }

  /** Re-judges staleness against `options.now`; replaces only the nodes whose flag flipped. */
  refreshStale(values: StatValues, options: RollUpOptions): readonly (NodeStats | undefined)[] {
    this.startStaleRefresh(values, options);
    this.stepStale(Infinity, () => 0);
    return this.#stats;
  }

  /** Whether a refresh started by `startStaleRefresh` has nodes left to judge. */
  get refreshing(): boolean {
    return this.#staleRefresh !== null;
  }

  /**
   * Starts re-judging staleness, to be done in slices by `stepStale` (every node is judged, too
   * long for one frame in a large hierarchy). Flags are replaced in place as they are judged, children
   * before parents, so a parent's flag is never older than its children's.
   */
  startStaleRefresh(values: StatValues, options: RollUpOptions): void {
    this.#staleRefresh = { next: this.#hierarchy.size, values, options };
  }

  /** Judges until the refresh ends or `budgetMs` has passed on `clock`; true when it ended. */
  stepStale(budgetMs: number, clock: () => number): boolean {
    const refresh = this.#staleRefresh;
    if (refresh === null) return true;
    const { values, options } = refresh;
    const deadline = clock() + budgetMs;
    while (refresh.next > 0) {
      refresh.next -= 1;
      this.#rejudge(asNodeId(refresh.next), values, options);
      if (refresh.next % (4 * CLOCK_EVERY) === 0 && clock() >= deadline) return false;
    }
    this.#staleRefresh = null;
    return true;
  }

  /**
   * Re-judges the staleness of the nodes due by `options.now` and of their ancestors while
   * their flag or its age follows; true when any node's stats were replaced. Nothing is done
   * while a pass is under way: its results, judged at its own clock, are not published yet.
   */
  advanceClock(values: StatValues, options: RollUpOptions): boolean {
    if (this.#pass !== null || !this.#complete) return false;
    const { parent } = this.#hierarchy.columns;
    const now = options.now;
    const slotNow = Math.floor(now / WHEEL_SLOT_MS);
    let changed = false;
    for (const [slot, nodes] of this.#wheel) {
      if (slot > slotNow) continue;
      for (const node of nodes) {
        const due = this.#dueAt[node]!;
        if (Number.isNaN(due) || due >= now) continue;
        let at: number = node;
        while (at >= 0 && this.#rejudge(asNodeId(at), values, options)) {
          changed = true;
          at = parent[at]!;
        }
      }
      // Rescheduling may have replaced this slot's set already.
      if (nodes.size === 0 && this.#wheel.get(slot) === nodes) this.#wheel.delete(slot);
    }
    return changed;
  }

  /**
   * Judges one node's staleness against `options.now` from its own values and its children's
   * flags, replaces its stats when that changed (true), and schedules when it next changes.
   */
  #rejudge(node: NodeId, values: StatValues, options: RollUpOptions): boolean {
    const held = this.#stats[node];
    if (!held) return false;
    const own = this.#ownValues(node, values);
    const kind = this.#hierarchy.kind(node);
    this.#schedule(node, ownStaleChangeAt(kind, own, held.figures, options));
    let since = ownStaleSince(kind, own, held.figures, options);
    if (!isRefused(own)) {
      const { end } = this.#hierarchy.columns;
      for (let c = node + 1; c < end[node]!; c = end[c]!) {
        const kid = this.#stats[c];
        if (kid?.stale && kid.staleSince !== undefined) {
          since = Math.min(since ?? Infinity, kid.staleSince);
        }
      }
    }
    if (since === (held.staleSince ?? null)) return false;
    this.#stats[node] = { ...held, stale: since !== null, staleSince: since ?? undefined };
    return true;
  }

  /** The values of the node's own object; undefined for a node without one. */
  #ownValues(node: NodeId, values: StatValues) {
    const index = this.#keyOf[node]!;
    return index < 0 ? undefined : values.objectByKey(this.#keys[index]!);
  }

  #schedule(node: NodeId, at: number | null): void {
    const held = this.#dueAt[node]!;
    if (at === null ? Number.isNaN(held) : held === at) return;
    if (!Number.isNaN(held)) {
      const slot = Math.floor(held / WHEEL_SLOT_MS);
      const nodes = this.#wheel.get(slot);
      nodes?.delete(node);
      if (nodes?.size === 0) this.#wheel.delete(slot);
    }
    this.#dueAt[node] = at ?? NaN;
    if (at === null) return;
    const slot = Math.floor(at / WHEEL_SLOT_MS);
    const nodes = this.#wheel.get(slot);
    if (nodes) nodes.add(node);
    else this.#wheel.set(slot, new Set([node]));
  }

  /** Computes one node from its values and its children's stats (this pass's, else the last). */
  #compute(node: NodeId, values: StatValues, options: RollUpOptions): void {
    const own = this.#ownValues(node, values);
    const { end, childCount } = this.#hierarchy.columns;
    const children = new Array<NodeStats>(childCount[node]!);
    for (let c = node + 1, i = 0; c < end[node]!; c = end[c]!, i += 1) {
      children[i] = this.#pending[c] ?? this.#stats[c]!;
    }
    const kind = this.#hierarchy.kind(node);
    const stats = nodeStats(kind, own, children, options);
    this.#pending[node] = stats;
    this.#schedule(node, ownStaleChangeAt(kind, own, stats.figures, options));
  }
}
