import type { NodePath } from "../config/ids";
import type { HierarchyNode } from "../hierarchy/HierarchyNode";
import {
  isRefused,
  nodeStats,
  ownStaleChangeAt,
  ownStaleSince,
  type NodeStats,
  type RollUpOptions,
} from "./rollUp";
import { statKey, type StatKey } from "./StatKey";
import { statObjectTypeOf } from "./StatObjectType";
import type { StatValues } from "./StatValues";

interface Entry {
  readonly node: HierarchyNode;
  readonly key: StatKey | null;
  readonly parent: Entry | null;
  readonly depth: number;
  /** When its own staleness next changes on the clock alone; null when it will not. */
  dueAt: number | null;
}

/** The width of one slot of the due-time wheel (ms). */
const WHEEL_SLOT_MS = 250;

/**
 * `rollUp`, kept up to date incrementally: after a batch of updates only the nodes whose
 * object changed and their ancestors are recomputed. A stream of 20,000 updates a second over
 * a 10,000-node hierarchy touches a few hundred paths per frame instead of the whole tree.
 * Untouched nodes keep their NodeStats object, so a component reading one node re-renders
 * only when that node moved. Staleness depends on the clock too: each node whose own figures
 * will turn stale without any update waits in a wheel of due times, and `advanceClock`
 * re-judges only the nodes now due and the ancestors whose flag follows, so the clock costs
 * in proportion to what turns stale, not to the hierarchy. `refreshStale` re-judges every node.
 *
 * Nothing is computed on construction: indexing the hierarchy and the first full pass take
 * too long for one frame in a large hierarchy, so both run in `step`, in slices a caller can spread
 * over frames (`full` and `update` run them in one piece).
 */
export class RollUpCache {
  #entries: Entry[] = [];
  readonly #byKey = new Map<StatKey, Entry[]>();
  readonly #stats = new Map<NodePath, NodeStats>();
  readonly #pending = new Map<NodePath, NodeStats>();
  /** Entries by the slot (dueAt / WHEEL_SLOT_MS) of their due time. */
  readonly #wheel = new Map<number, Set<Entry>>();
  /** Nodes still to index, and the entries found so far by depth; null once indexed. */
  #indexing: {
    readonly stack: { node: HierarchyNode; parent: Entry | null; depth: number }[];
    readonly byDepth: Entry[][];
  } | null;
  /** Whether `stats` holds every node: until a full pass has ended, a pass is a full one. */
  #complete = false;
  #staleRefresh: {
    next: number;
    readonly values: StatValues;
    readonly options: RollUpOptions;
  } | null = null;
  #pass: {
    /** Null for a full pass: every entry, taken from `#entries` once indexed. */
    ordered: readonly Entry[] | null;
    next: number;
    readonly values: StatValues;
    readonly options: RollUpOptions;
  } | null = null;

  constructor(root: HierarchyNode) {
    this.#indexing = { stack: [{ node: root, parent: null, depth: 0 }], byDepth: [] };
  }

  /** The current stats by node. The same map is updated in place by later calls. */
  get stats(): ReadonlyMap<NodePath, NodeStats> {
    return this.#stats;
  }

  /** Whether the hierarchy has a node for this object (false until indexed). */
  has(key: StatKey): boolean {
    return this.#byKey.has(key);
  }

  /** Whether the hierarchy is indexed, so that `has` answers for every object. */
  get indexed(): boolean {
    return this.#indexing === null;
  }

  full(values: StatValues, options: RollUpOptions): ReadonlyMap<NodePath, NodeStats> {
    this.startFull(values, options);
    this.step(Infinity, () => 0);
    return this.#stats;
  }

  /** Recomputes what the objects changed since the last call affect. */
  update(values: StatValues, options: RollUpOptions): ReadonlyMap<NodePath, NodeStats> {
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
    this.#pending.clear();
    // Every node is scheduled again as it is computed.
    this.#wheel.clear();
    for (const entry of this.#entries) entry.dueAt = null;
    values.takeChanged();
    this.#pass = { ordered: null, next: 0, values, options };
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
    const dirty = new Set<Entry>();
    for (const key of values.takeChanged()) {
      for (const appearance of this.#byKey.get(key) ?? []) {
        let entry: Entry | null = appearance;
        for (; entry && !dirty.has(entry); entry = entry.parent) dirty.add(entry);
      }
    }
    if (dirty.size === 0) return;
    // Grouped by depth rather than sorted: a simulator's report dirties most of a 100k-node
    // tree, and sorting that many entries alone takes tens of milliseconds.
    const byDepth: Entry[][] = [];
    for (const entry of dirty) (byDepth[entry.depth] ??= []).push(entry);
    const ordered = byDepth.reverse().flat();
    this.#pass = { ordered, next: 0, values, options };
  }

  /**
   * Indexes, then computes, until the pass ends or `budgetMs` has passed on `clock`; true
   * when it ended. The clock is read every few hundred nodes: reading it costs too.
   */
  step(budgetMs: number, clock: () => number): boolean {
    const pass = this.#pass;
    if (pass === null) return true;
    const deadline = clock() + budgetMs;
    if (!this.#index(deadline, clock)) return false;
    const ordered = (pass.ordered ??= this.#entries);
    while (pass.next < ordered.length) {
      this.#compute(ordered[pass.next]!, pass.values, pass.options, this.#pending);
      pass.next += 1;
      if ((pass.next & 63) === 0 && clock() >= deadline) return false;
    }
    for (const [id, stats] of this.#pending) this.#stats.set(id, stats);
    this.#pending.clear();
    this.#pass = null;
    this.#complete = true;
    return true;
  }

  #index(deadline: number, clock: () => number): boolean {
    const indexing = this.#indexing;
    if (indexing === null) return true;
    const { stack, byDepth } = indexing;
    let count = 0;
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { node, parent, depth } = item;
      const objectType = statObjectTypeOf(node.kind);
      const key = objectType && node.statId !== null ? statKey(objectType, node.statId) : null;
      const entry: Entry = { node, key, parent, depth, dueAt: null };
      (byDepth[depth] ??= []).push(entry);
      if (key !== null) {
        const appearances = this.#byKey.get(key);
        if (appearances) appearances.push(entry);
        else this.#byKey.set(key, [entry]);
      }
      for (const child of node.children)
        stack.push({ node: child, parent: entry, depth: depth + 1 });
      count += 1;
      if ((count & 255) === 0 && clock() >= deadline) return false;
    }
    // Deepest first: every child is computed before its parent.
    this.#entries = byDepth.reverse().flat();
    this.#indexing = null;
    return true;
  }

  /** Re-judges staleness against `options.now`; replaces only the nodes whose flag flipped. */
  refreshStale(values: StatValues, options: RollUpOptions): ReadonlyMap<NodePath, NodeStats> {
    this.startStaleRefresh(values, options);
    this.stepStale(Infinity, () => 0);
    return this.#stats;
  }

  /** Whether a refresh started by `startStaleRefresh` has nodes left to judge. */
  get refreshing(): boolean {
    return this.#staleRefresh !== null;
  }

  /**
   * Starts re-judging staleness, to be done in slices by `stepStale` (in one piece, longer
   * than a frame in a large hierarchy). Flags are replaced in place as they are judged, children
   * before parents, so a parent's flag is never older than its children's.
   */
  startStaleRefresh(values: StatValues, options: RollUpOptions): void {
    this.#staleRefresh = { next: 0, values, options };
  }

  /** Judges until the refresh ends or `budgetMs` has passed on `clock`; true when it ended. */
  stepStale(budgetMs: number, clock: () => number): boolean {
    const refresh = this.#staleRefresh;
    if (refresh === null) return true;
    const { values, options } = refresh;
    const deadline = clock() + budgetMs;
    while (refresh.next < this.#entries.length) {
      const entry = this.#entries[refresh.next]!;
      refresh.next += 1;
      this.#rejudge(entry, values, options);
      if ((refresh.next & 255) === 0 && clock() >= deadline) return false;
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
    const now = options.now;
    const slotNow = Math.floor(now / WHEEL_SLOT_MS);
    let changed = false;
    for (const [slot, entries] of this.#wheel) {
      if (slot > slotNow) continue;
      for (const entry of entries) {
        if (entry.dueAt === null || entry.dueAt >= now) continue;
        let at: Entry | null = entry;
        while (at !== null && this.#rejudge(at, values, options)) {
          changed = true;
          at = at.parent;
        }
      }
      // Rescheduling may have replaced this slot's set already.
      if (entries.size === 0 && this.#wheel.get(slot) === entries) this.#wheel.delete(slot);
    }
    return changed;
  }

  /**
   * Judges one node's staleness against `options.now` from its own values and its children's
   * flags, replaces its stats when that changed (true), and schedules when it next changes.
   */
  #rejudge(entry: Entry, values: StatValues, options: RollUpOptions): boolean {
    const held = this.#stats.get(entry.node.id);
    if (!held) return false;
    const own = entry.key === null ? undefined : values.objectByKey(entry.key);
    this.#schedule(entry, ownStaleChangeAt(entry.node, own, held.figures, options));
    let since = ownStaleSince(entry.node, own, held.figures, options);
    if (!isRefused(own)) {
      for (const child of entry.node.children) {
        const kid = this.#stats.get(child.id);
        if (kid?.stale && kid.staleSince !== undefined) {
          since = Math.min(since ?? Infinity, kid.staleSince);
        }
      }
    }
    if (since === (held.staleSince ?? null)) return false;
    this.#stats.set(entry.node.id, {
      ...held,
      stale: since !== null,
      staleSince: since ?? undefined,
    });
    return true;
  }

  #schedule(entry: Entry, at: number | null): void {
    if (entry.dueAt === at) return;
    if (entry.dueAt !== null) {
      const slot = Math.floor(entry.dueAt / WHEEL_SLOT_MS);
      const entries = this.#wheel.get(slot);
      entries?.delete(entry);
      if (entries?.size === 0) this.#wheel.delete(slot);
    }
    entry.dueAt = at;
    if (at === null) return;
    const slot = Math.floor(at / WHEEL_SLOT_MS);
    const entries = this.#wheel.get(slot);
    if (entries) entries.add(entry);
    else this.#wheel.set(slot, new Set([entry]));
  }

  #compute(
    entry: Entry,
    values: StatValues,
    options: RollUpOptions,
    into: Map<NodePath, NodeStats>,
  ): void {
    const own = entry.key === null ? undefined : values.objectByKey(entry.key);
    const kids = entry.node.children;
    const children = new Array<NodeStats>(kids.length);
    for (let i = 0; i < kids.length; i += 1) {
      const id = kids[i]!.id;
      children[i] = this.#pending.get(id) ?? this.#stats.get(id)!;
    }
    const stats = nodeStats(entry.node, own, children, options);
    into.set(entry.node.id, stats);
    this.#schedule(entry, ownStaleChangeAt(entry.node, own, stats.figures, options));
  }
}
