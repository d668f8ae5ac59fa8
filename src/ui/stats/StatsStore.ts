import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { FeedConfiguration } from "../../model/stats/FeedConfiguration";
import { feedOverlap, isFeedFigure } from "../../model/stats/feedOverlap";
import type { FeedOverlap, PageConfiguration } from "../../model/stats/feedStatement";
import { HistoryRecorder } from "../../model/stats/HistoryRecorder";
import type { NodeStats } from "../../model/stats/rollUp";
import { RollUpCache } from "../../model/stats/RollUpCache";
import { statKey, type StatKey } from "../../model/stats/StatKey";
import { STATISTIC } from "../../model/stats/Statistic";
import type { StatSource } from "../../model/stats/StatSource";
import type { StatUpdate } from "../../model/stats/StatUpdate";
import { StatValues } from "../../model/stats/StatValues";
import type { Threshold } from "../../model/stats/Threshold";
import { unknownObjects } from "../../model/stats/unknownObjects";
import { postTask } from "./postTask";
import type { ConnectionState, SourceOutage, StatsSource, StatsView } from "./StatsView";

interface StatsStoreOptions {
  readonly thresholds: readonly Threshold[];
  /** Schedules a commit; the browser's next animation frame by default. */
  readonly scheduleFrame?: (commit: () => void) => void;
  /**
   * Schedules the next slice of a full roll-up pass: a new task as soon as the browser has
   * handled input and drawn what was due. By default a MessageChannel message (no timer
   * clamping), or `scheduleFrame` when that is given.
   */
  readonly scheduleSlice?: (run: () => void) => void;
  readonly now?: () => number;
  /** The least time between two published commits (ms); default 33, two frames. */
  readonly minCommitMs?: number;
}

const EMPTY_NODES: readonly (NodeStats | undefined)[] = Object.freeze([]);
const NO_REFUSALS: ReadonlyMap<StatKey, string | null> = new Map();
const NO_OUTAGES: ReadonlyMap<"api", SourceOutage> = new Map();
const NO_OVERLAP: FeedOverlap = { known: 0, unknown: 0 };
const HISTORY_EVERY_MS = 1000;
const MAX_COMMIT_GAP_MS = 80;
const SLICE_MS = 4;
/** A full pass's slice: tasks of this length leave input and frames free between them. */
const FULL_SLICE_MS = 8;

/**
 * The browser's statistics engine, with no React in it. Updates are applied to the value
 * table as they arrive (cheap map writes), but the roll-up over the hierarchy, the unknown
 * objects and the view the components read are recomputed at most once per animation frame,
 * so a stream of thousands of updates a second costs one render per frame, not one per update.
 * The roll-up is incremental (only the nodes above changed objects) and `view.nodes` is one
 * array by NodeId updated in place: components select a node's NodeStats, whose identity
 * changes only when that node moved. Components read `getView()` through `useSyncExternalStore`.
 */
export class StatsStore {
  readonly values = new StatValues();
  readonly history = new HistoryRecorder();
  #chosenSource: StatsSource | null = null;
  readonly #listeners = new Set<() => void>();
  readonly #scheduleFrame: (commit: () => void) => void;
  readonly #scheduleSlice: (run: () => void) => void;
  readonly #now: () => number;
  readonly #minCommitMs: number;
  #hierarchy: Hierarchy | null = null;
  #view: StatsView;
  #frameRequested = false;
  #committedVersion = -1;
  #cache: RollUpCache | null = null;
  #needsFull = true;
  /** Whether the pass under way is a full one, run in back-to-back tasks. */
  #fullPassing = false;
  #lastHistoryAt = 0;
  #lastCommitAt = 0;
  #lastCommitCost = 0;
  #commitStartedAt = 0;
  #lastUpdateAt: number | null = null;
  #unknownAt = 0;
  /** How many of the values' objects have been sorted into known and unknown. */
  #scannedKeys = 0;
  /** The objects with values that the hierarchy has no node for (among those scanned). */
  #unknownKeys = new Set<StatKey>();
  #scannedFor: RollUpCache | null = null;
  /** Objects whose verdict or refusal reason arrived since the last commit. */
  #verdictsTouched = new Set<StatKey>();

  constructor(options: StatsStoreOptions) {
    this.#scheduleFrame =
      options.scheduleFrame ??
      ((commit) =>
        typeof requestAnimationFrame === "function"
          ? requestAnimationFrame(() => commit())
          : setTimeout(commit, 16));
    this.#scheduleSlice = options.scheduleSlice ?? options.scheduleFrame ?? postTask;
    this.#now = options.now ?? Date.now;
    this.#minCommitMs = options.minCommitMs ?? 33;
    this.#view = {
      source: "off",
      connection: "idle",
      detail: null,
      now: this.#now(),
      nodes: EMPTY_NODES,
      hierarchy: null,
      unknown: [],
      thresholds: options.thresholds,
      intervalMs: 10_000,
      lastUpdateAt: null,
      dropped: 0,
      refused: NO_REFUSALS,
      outages: NO_OUTAGES,
      feed: null,
      page: null,
      overlap: NO_OVERLAP,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getView = (): StatsView => this.#view;

  /** The source the user picked, kept across remounts of the header (null: automatic). */
  get chosenSource(): StatsSource | null {
    return this.#chosenSource;
  }

  chooseSource(source: StatsSource): void {
    this.#chosenSource = source;
  }

  /**
   * Whether `hierarchy` has a node for this object, from the roll-up's index; null while the
   * figures are not of that hierarchy (not indexed yet, or another one).
   */
  hasObject(hierarchy: Hierarchy, key: StatKey): boolean | null {
    const cache = this.#cache;
    if (cache === null || cache.hierarchy !== hierarchy || !cache.indexed) return null;
    return cache.has(key);
  }

  /** The hierarchy the figures roll up over: NodeIds in the view are its nodes. */
  get hierarchy(): Hierarchy | null {
    return this.#hierarchy;
  }

  /**
   * The hierarchy the figures roll up over. It is indexed lazily, by the first commit with a
   * source on: with statistics off the store does no roll-up work at all. The figures of the
   * hierarchy before are withdrawn at once, and readers told (their NodeIds are not this
   * one's nodes: the alarm tracker must not go on naming them).
   */
  setHierarchy(hierarchy: Hierarchy | null): void {
    if (hierarchy === this.#hierarchy) return;
    this.#hierarchy = hierarchy;
    this.#cache = null;
    this.#needsFull = true;
    this.history.clear();
    this.#patch({ nodes: EMPTY_NODES, hierarchy: null });
    for (const listener of this.#listeners) listener();
  }

  ingest(updates: readonly StatUpdate[], receivedAt = this.#now()): void {
    if (updates.length === 0) return;
    this.values.applyAll(updates, receivedAt);
    this.#noteVerdicts(updates);
    this.#lastUpdateAt = receivedAt;
    this.#request();
  }

  /** Reserved statistics (`$verdict`, `$refusal`) are rare: one look at the name's first char. */
  #noteVerdicts(updates: readonly StatUpdate[]): void {
    for (const update of updates) {
      if (update.statistic.charCodeAt(0) !== 36) continue;
      if (update.statistic === STATISTIC.verdict || update.statistic === STATISTIC.refusal) {
        this.#verdictsTouched.add(statKey(update.objectType, update.objectId));
      }
    }
  }

  /** The refusals, updated from the objects whose verdict moved; the same map if none did. */
  #refusals(): ReadonlyMap<StatKey, string | null> {
    if (this.#verdictsTouched.size === 0) return this.#view.refused;
    const held = this.#view.refused;
    let next: Map<StatKey, string | null> | null = null;
    for (const key of this.#verdictsTouched) {
      const stats = this.values.objectByKey(key);
      const refused = stats?.get(STATISTIC.verdict)?.value === "refused";
      const reason = stats?.get(STATISTIC.refusal)?.value;
      const text = refused ? (typeof reason === "string" ? reason : null) : undefined;
      if (held.get(key) === text && held.has(key) === refused) continue;
      next ??= new Map(held);
      if (refused) next.set(key, text ?? null);
      else next.delete(key);
    }
    this.#verdictsTouched.clear();
    return next ?? held;
  }

  /** Replaces every value: a snapshot, or a reset after the server restarted. */
  replaceAll(
    entries: readonly { update: StatUpdate; receivedAt: number }[],
    intervalMs?: number,
  ): void {
    this.values.clear();
    this.#scannedFor = null;
    for (const { update, receivedAt } of entries) this.values.apply(update, receivedAt);
    this.#verdictsTouched.clear();
    this.#noteVerdicts(entries.map((entry) => entry.update));
    this.#needsFull = true;
    this.#lastUpdateAt = this.#now();
    this.#patch({ refused: NO_REFUSALS, ...(intervalMs === undefined ? {} : { intervalMs }) });
  }

  setSource(source: StatsSource, intervalMs: number): void {
    this.values.clear();
    this.#scannedFor = null;
    this.#verdictsTouched.clear();
    this.#needsFull = true;
    this.history.clear();
    if (source === "off") this.#cache = null;
    this.#lastUpdateAt = null;
    this.#patch({
      source,
      intervalMs,
      connection: source === "off" ? "idle" : "connecting",
      detail: null,
      refused: NO_REFUSALS,
      outages: NO_OUTAGES,
      feed: null,
      overlap: NO_OVERLAP,
    });
  }

  /** What the live server says its figures are for (from its snapshot); null when it does not say. */
  setFeedConfiguration(feed: FeedConfiguration | null): void {
    if (JSON.stringify(feed) === JSON.stringify(this.#view.feed)) return;
    this.#patch({ feed });
  }

  /** The configuration open in the page, for the statement of what the live feed is for. */
  setPageConfiguration(page: PageConfiguration | null): void {
    if (JSON.stringify(page) === JSON.stringify(this.#view.page)) return;
    this.#patch({ page });
  }

  /**
   * Whether a source that can go down as a whole (the Statistics API) is available. While it
   * is not, its figures are left out of every node and shown unavailable.
   */
  setAvailability(
    source: "api",
    available: boolean,
    reason: string | null = null,
    since = this.#now(),
  ): void {
    const held = this.#view.outages.get(source);
    if (available ? !held : held?.reason === reason && held.since === since) return;
    const outages = new Map(this.#view.outages);
    if (available) outages.delete(source);
    else outages.set(source, { reason, since });
    this.#needsFull = true;
    this.#patch({ outages });
  }

  setConnection(connection: ConnectionState, detail: string | null = null): void {
    if (connection === this.#view.connection && detail === this.#view.detail) return;
    this.#patch({ connection, detail });
  }

  setThresholds(thresholds: readonly Threshold[]): void {
    this.#patch({ thresholds });
  }

  /** Counts stream messages, or entries of one, that did not parse and were left out. */
  noteDropped(count = 1): void {
    if (count > 0) this.#patch({ dropped: this.#view.dropped + count });
  }

  /** Re-judges staleness and ages against the clock even when nothing arrives. */
  tick(): void {
    this.#committedVersion = -1;
    this.#request();
  }

  #patch(change: Partial<StatsView>): void {
    this.#view = { ...this.#view, ...change };
    this.#committedVersion = -1;
    this.#request();
  }

  #request(): void {
    if (this.#frameRequested) return;
    this.#frameRequested = true;
    this.#scheduleFrame(() => this.#onFrame());
  }

  // Work per frame is bounded twice: a roll-up pass runs in slices of SLICE_MS, one per frame,
  // and a new pass starts no sooner than minCommitMs after the last was published, or four
  // times what publishing it cost (React's render) when that is more, up to
  // MAX_COMMIT_GAP_MS: under a heavy stream the page keeps drawing frames, and figures stay
  // recent (bench/stats-browser.bench.ts measures both).
  #onFrame(): void {
    if (this.#cache?.passing) {
      this.commit();
      return;
    }
    const gap = Math.min(MAX_COMMIT_GAP_MS, Math.max(this.#minCommitMs, 4 * this.#lastCommitCost));
    const wait = this.#lastCommitAt + gap - this.#now();
    if (wait > 0 && !this.#needsFull) {
      this.#frameRequested = true;
      setTimeout(() => this.#scheduleFrame(() => this.#onFrame()), wait);
      return;
    }
    this.commit();
  }

  /** A history sample in slices, one a frame, beside the roll-up's. */
  #sampleHistory(): void {
    if (!this.history.step(SLICE_MS, () => performance.now())) {
      this.#scheduleFrame(() => this.#sampleHistory());
    }
  }

  /** The roll-up cache while a source is on and a hierarchy is open; built on first use. */
  #activeCache(): RollUpCache | null {
    if (this.#hierarchy === null || this.#view.source === "off") return null;
    this.#cache ??= new RollUpCache(this.#hierarchy);
    return this.#cache;
  }

  /**
   * Recomputes the view if anything changed; called once per frame (or directly by tests).
   * Every roll-up pass, the first (indexing the hierarchy and computing every node) included,
   * is computed in slices (SLICE_MS once a frame; a full
   * pass FULL_SLICE_MS at a time in back-to-back tasks) and published when it ends. Staleness
   * is re-judged at each commit for the nodes due on the clock; a history sample, once a
   * second, is sliced once a frame.
   */
  commit(): void {
    this.#frameRequested = false;
    this.#commitStartedAt = performance.now();
    const clock = () => performance.now();
    const now = this.#now();
    const options = {
      now,
      periodicIntervalMs: this.#view.intervalMs,
      // The Statistics API's outage hides Stat Server's values.
      unavailable: new Set<StatSource>(this.#view.outages.has("api") ? ["statServer"] : []),
    };
    const cache = this.#activeCache();
    let nodes: StatsView["nodes"] = EMPTY_NODES;
    let hierarchy: Hierarchy | null = null;
    if (cache) {
      if (this.#needsFull) {
        this.#needsFull = false;
        this.#fullPassing = true;
        this.#committedVersion = this.values.version;
        cache.startFull(this.values, options);
      } else if (!cache.passing) {
        if (this.values.version === this.#committedVersion) return;
        this.#committedVersion = this.values.version;
        cache.startPass(this.values, options);
      }
      if (this.#fullPassing) {
        // A full pass (every node) runs in back-to-back tasks rather than one slice a frame,
        // so figures appear as soon as it can be done without a long task.
        if (!cache.step(FULL_SLICE_MS, clock)) {
          this.#frameRequested = true;
          this.#scheduleSlice(() => this.commit());
          return;
        }
      } else if (!cache.step(SLICE_MS, clock)) {
        this.#request();
        return;
      }
      nodes = cache.stats;
      hierarchy = cache.hierarchy;
      this.#fullPassing = false;
      // Only the nodes whose figures turned stale since the last commit, and their ancestors.
      cache.advanceClock(this.values, options);
    } else if (this.values.version === this.#committedVersion && !this.#needsFull) {
      return;
    } else {
      this.#committedVersion = this.values.version;
    }
    this.#lastCommitAt = now;
    this.#needsFull = false;
    if (cache && now - this.#lastHistoryAt >= HISTORY_EVERY_MS) {
      this.#lastHistoryAt = now;
      this.history.startSample(now, nodes);
      this.#sampleHistory();
    }
    // New objects are sorted into known and unknown as they arrive, each looked at once; the
    // list of unknown objects (their figures move) and a full count of the overlap are
    // redone once a second, or at once when an unknown object appears.
    let unknown = this.#view.unknown;
    let overlap = this.#view.overlap;
    if (!cache) {
      if (unknown.length > 0) unknown = [];
      overlap = NO_OVERLAP;
      this.#scannedFor = null;
    } else {
      const fresh = this.#scannedFor !== cache;
      if (fresh) {
        this.#scannedFor = cache;
        this.#scannedKeys = 0;
        this.#unknownKeys = new Set();
      }
      let known = overlap.known;
      let outside = overlap.unknown;
      let appeared = false;
      for (const key of this.values.keysFrom(this.#scannedKeys)) {
        const inside = cache.has(key);
        if (!inside) {
          this.#unknownKeys.add(key);
          appeared = true;
        }
        if (isFeedFigure(this.values.objectByKey(key))) {
          if (inside) known += 1;
          else outside += 1;
        }
      }
      this.#scannedKeys = this.values.size;
      if (fresh || now - this.#unknownAt >= 1000) {
        this.#unknownAt = now;
        const counted = feedOverlap(this.values, cache);
        known = counted.known;
        outside = counted.unknown;
        unknown = unknownObjects(this.values, cache, this.#unknownKeys);
      } else if (appeared) {
        unknown = unknownObjects(this.values, cache, this.#unknownKeys);
      }
      if (known !== overlap.known || outside !== overlap.unknown) {
        overlap = { known, unknown: outside };
      }
    }
    const refused = this.#refusals();
    this.#view = {
      ...this.#view,
      now,
      nodes,
      hierarchy,
      unknown,
      overlap,
      refused,
      lastUpdateAt: this.#lastUpdateAt,
    };
    const started = performance.now();
    for (const listener of this.#listeners) listener();
    // React renders what the listeners scheduled in a microtask queued before this one.
    queueMicrotask(() => {
      this.#lastCommitCost = performance.now() - started + (started - this.#commitStartedAt);
    });
  }
}
