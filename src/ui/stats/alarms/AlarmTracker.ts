import { asNodeId, type NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { NodeKind } from "../../../model/hierarchy/NodeKind";
import { evaluateThresholds } from "../../../model/stats/evaluateThresholds";
import { FIGURE_NAMES, figureValues, type FigureName } from "../../../model/stats/Figure";
import type { NodeStats } from "../../../model/stats/rollUp";
import type { Threshold, ThresholdLevel } from "../../../model/stats/Threshold";
import type { Alarm, AlarmSnapshot, AlarmSource } from "../../shared/statsSlots/StatsSlots";
import { postTask } from "../postTask";

/** What the tracker reads of the statistics store. */
interface AlarmTrackerSource {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getView: () => {
    /** Where figures come from; "off" when statistics are off (absent: on). */
    readonly source?: string;
    readonly now: number;
    /** Each node's stats by NodeId; a new array for another hierarchy or source. */
    readonly nodes: readonly (NodeStats | undefined)[];
    /** The hierarchy `nodes` is indexed by; null while there are none. */
    readonly hierarchy: Hierarchy | null;
    readonly thresholds: readonly Threshold[];
  };
}

export interface AlarmTrackerOptions {
  /**
   * When an alarm found on the first look at a node began, if it is one the user already
   * knows (an acknowledged one): a page opened again continues it rather than starting anew.
   */
  readonly resume?: (node: NodeId, figure: FigureName, level: ThresholdLevel) => number | null;
  /** Runs the next slice of a long check, or a check that must wait (`delayMs` > 0). */
  readonly schedule?: (run: () => void, delayMs: number) => void;
  /** The clock work is budgeted against (ms, monotonic). */
  readonly clock?: () => number;
  /** The most a slice of a check may take (ms). */
  readonly sliceMs?: number;
  /** The least time between the starts of two checks (ms). */
  readonly minGapMs?: number;
}

/** One figure over a threshold on a node, and since when it has been over at this level. */
interface Episode {
  readonly level: ThresholdLevel;
  readonly since: number;
}

/** The nodes of one kind, and the NodeStats each was last judged on (same positions). */
interface KindIndex {
  readonly ids: NodeId[];
  readonly judged: (NodeStats | undefined)[];
}

/** A check under way: where it is, and the alarms changed so far. */
interface Check {
  readonly nodes: readonly (NodeStats | undefined)[];
  readonly hierarchy: Hierarchy | null;
  /** The next node to sort by kind; null once indexed. */
  indexing: number | null;
  /** The kinds some threshold is on, visited in turn. */
  readonly kinds: readonly NodeKind[];
  kind: number;
  position: number;
  readonly now: number;
  next: Map<NodeId, Alarm> | null;
  cost: number;
}

/**
 * Figures that move with the clock alone (an agent's time in its state): a node with a
 * threshold on one is judged on every check, not only when its figures changed.
 */
const CLOCK_FIGURES: ReadonlySet<FigureName> = new Set<FigureName>(["timeInState"]);
const ORDER = new Map(FIGURE_NAMES.map((name, i) => [name, i]));
const NO_ALARMS: AlarmSnapshot = { hierarchy: null, alarms: new Map() };

const defaultSchedule = (run: () => void, delayMs: number) =>
  delayMs > 0 ? setTimeout(run, delayMs) : postTask(run);

/**
 * The nodes over a threshold now, kept up to date from the statistics store without judging
 * the whole hierarchy on every frame. The store keeps a node's NodeStats object while the node
 * does not move, so a check judges only nodes of the kinds some threshold is on whose NodeStats
 * is not the one judged last time (and, for clock figures, every node of that kind). The nodes
 * are sorted by kind once per hierarchy, so a check visits only those kinds: with the default
 * thresholds, the few thousand groups and campaigns of a 100k-node tree, not its agents.
 * Checks start at most every `minGapMs`, or four times what the last one cost when that is
 * more, and run in slices of `sliceMs` in separate tasks; what a check found is published
 * when it ends, with the hierarchy it judged. `getAlarms` returns the same snapshot until an alarm starts, ends, or changes level
 * or value.
 */
export class AlarmTracker implements AlarmSource {
  readonly #source: AlarmTrackerSource;
  readonly #resume: NonNullable<AlarmTrackerOptions["resume"]>;
  readonly #schedule: NonNullable<AlarmTrackerOptions["schedule"]>;
  readonly #clock: () => number;
  readonly #sliceMs: number;
  readonly #minGapMs: number;
  readonly #listeners = new Set<() => void>();
  readonly #unsubscribe: () => void;

  #snapshot: AlarmSnapshot = NO_ALARMS;
  /** Whether statistics are on, so that a node can be in alarm. */
  #available: boolean;
  /** Episodes of the nodes over a threshold, by figure. */
  #episodes = new Map<NodeId, ReadonlyMap<FigureName, Episode>>();
  /** The store's nodes by kind, with what each was last judged on against `#thresholds`. */
  #kinds = new Map<NodeKind, KindIndex>();
  #nodes: readonly (NodeStats | undefined)[] | null = null;
  #indexedLength = -1;
  #thresholds: readonly Threshold[] | null = null;
  #byKind = new Map<NodeKind, readonly Threshold[]>();
  #clockKinds = new Set<NodeKind>();
  /** Whether every node has been judged once since the hierarchy or the source changed. */
  #warm = false;
  #check: Check | null = null;
  #scheduled = false;
  #lastStart = -Infinity;
  #lastCost = 0;

  constructor(source: AlarmTrackerSource, options: AlarmTrackerOptions = {}) {
    this.#source = source;
    this.#resume = options.resume ?? (() => null);
    this.#schedule = options.schedule ?? defaultSchedule;
    this.#clock = options.clock ?? (() => performance.now());
    this.#sliceMs = options.sliceMs ?? 4;
    this.#minGapMs = options.minGapMs ?? 250;
    this.#available = this.#isOn();
    this.#unsubscribe = source.subscribe(() => {
      const available = this.#isOn();
      let changed = available !== this.#available;
      this.#available = available;
      // Another node table (another hierarchy, or the source went off or changed): the alarms
      // go at once, since their NodeIds may name other nodes there, and a check of the old
      // table under way is dropped.
      if (this.#nodes !== null && this.#source.getView().nodes !== this.#nodes) {
        this.#nodes = null;
        this.#check = null;
        this.#episodes = new Map();
        if (this.#snapshot.alarms.size > 0) {
          this.#snapshot = NO_ALARMS;
          changed = true;
        }
      }
      if (changed) for (const listener of this.#listeners) listener();
      this.#request();
    });
    this.#request();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getAlarms = (): AlarmSnapshot => this.#snapshot;

  isAvailable = (): boolean => this.#available;

  #isOn(): boolean {
    return this.#source.getView().source !== "off";
  }

  /** Stops watching the store. */
  dispose(): void {
    this.#unsubscribe();
    this.#listeners.clear();
  }

  #request(): void {
    if (this.#scheduled || this.#check) return;
    const wait = this.#lastStart + Math.max(this.#minGapMs, 4 * this.#lastCost) - this.#clock();
    this.#scheduled = true;
    this.#schedule(
      () => {
        this.#scheduled = false;
        this.#run();
      },
      Math.max(0, wait),
    );
  }

  #run(): void {
    if (!this.#check && !this.#begin()) return;
    const check = this.#check!;
    const started = this.#clock();
    const deadline = started + this.#sliceMs;
    let count = 0;
    // The clock is read every 64 nodes: reading it costs too.
    const due = () => ((count += 1) & 63) === 0 && this.#clock() >= deadline;
    if (check.indexing !== null) {
      while (check.indexing < check.nodes.length) {
        const id = asNodeId(check.indexing);
        check.indexing += 1;
        const stats = check.nodes[id];
        // The store publishes a table whole: a node without stats has none to judge.
        if (stats === undefined) continue;
        const kind = stats.figures.kind;
        let index = this.#kinds.get(kind);
        if (index === undefined) {
          index = { ids: [], judged: [] };
          this.#kinds.set(kind, index);
        }
        index.ids.push(id);
        index.judged.push(undefined);
        if (due()) return this.#pause(check, started);
      }
      check.indexing = null;
    }
    for (; check.kind < check.kinds.length; check.kind += 1, check.position = 0) {
      const kind = check.kinds[check.kind]!;
      const index = this.#kinds.get(kind);
      const thresholds = this.#byKind.get(kind);
      if (index === undefined || thresholds === undefined) continue;
      const always = this.#clockKinds.has(kind);
      while (check.position < index.ids.length) {
        const at = check.position;
        check.position += 1;
        const id = index.ids[at]!;
        const stats = check.nodes[id];
        if (stats !== undefined && (always || stats !== index.judged[at])) {
          index.judged[at] = stats;
          this.#judge(check, id, stats, thresholds);
        }
        if (due()) return this.#pause(check, started);
      }
    }
    check.cost += this.#clock() - started;
    this.#lastCost = check.cost;
    this.#check = null;
    this.#warm = true;
    if (check.next !== null) {
      this.#snapshot =
        check.next.size === 0 ? NO_ALARMS : { hierarchy: check.hierarchy, alarms: check.next };
      for (const listener of this.#listeners) listener();
    }
  }

  /** Ends a slice; the check goes on in another task. */
  #pause(check: Check, started: number): void {
    check.cost += this.#clock() - started;
    this.#scheduled = true;
    this.#schedule(() => {
      this.#scheduled = false;
      this.#run();
    }, 0);
  }

  /** Starts a check of the view now published; false when there is nothing to check. */
  #begin(): boolean {
    const view = this.#source.getView();
    let next: Map<NodeId, Alarm> | null = null;
    if (view.thresholds !== this.#thresholds) {
      this.#thresholds = view.thresholds;
      this.#index(view.thresholds);
      for (const index of this.#kinds.values()) index.judged.fill(undefined);
      // Nodes of a kind no threshold is on any more are over nothing: no check visits them.
      for (const id of this.#snapshot.alarms.keys()) {
        const kind = view.nodes[id]?.figures.kind;
        if (kind !== undefined && this.#byKind.has(kind)) continue;
        this.#episodes.delete(id);
        (next ??= new Map(this.#snapshot.alarms)).delete(id);
      }
    }
    let reindex = this.#indexedLength !== view.nodes.length;
    if (view.nodes !== this.#nodes) {
      // Another hierarchy, or the source went off or changed: nothing carries over.
      this.#nodes = view.nodes;
      this.#episodes = new Map();
      this.#warm = false;
      reindex = true;
      if (this.#snapshot.alarms.size > 0) next = new Map();
    }
    // Indexed anew for another table.
    let indexing: number | null = null;
    if (reindex) {
      this.#kinds = new Map();
      this.#indexedLength = view.nodes.length;
      indexing = 0;
    }
    if (this.#byKind.size === 0) {
      this.#episodes.clear();
      if (this.#snapshot.alarms.size > 0) {
        this.#snapshot = NO_ALARMS;
        for (const listener of this.#listeners) listener();
      }
      return false;
    }
    this.#lastStart = this.#clock();
    this.#check = {
      nodes: view.nodes,
      hierarchy: view.hierarchy,
      indexing,
      kinds: [...this.#byKind.keys()],
      kind: 0,
      position: 0,
      now: view.now,
      next,
      cost: 0,
    };
    return true;
  }

  #index(thresholds: readonly Threshold[]): void {
    const byKind = new Map<NodeKind, Threshold[]>();
    this.#clockKinds = new Set();
    for (const threshold of thresholds) {
      if (!threshold.enabled) continue;
      const list = byKind.get(threshold.kind);
      if (list) list.push(threshold);
      else byKind.set(threshold.kind, [threshold]);
      if (CLOCK_FIGURES.has(threshold.figure)) this.#clockKinds.add(threshold.kind);
    }
    this.#byKind = byKind;
  }

  #judge(check: Check, id: NodeId, stats: NodeStats, thresholds: readonly Threshold[]): void {
    const values = figureValues(stats.figures, check.now);
    const result = evaluateThresholds(stats.figures.kind, values, thresholds);
    const held = this.#episodes.get(id);
    let episodes: Map<FigureName, Episode> | null = null;
    for (const [figure, { level }] of result.figures) {
      if (level === "ok") continue;
      const was = held?.get(figure);
      const since =
        was?.level === level
          ? was.since
          : ((this.#warm ? null : this.#resume(id, figure, level)) ?? check.now);
      (episodes ??= new Map()).set(figure, { level, since });
    }
    if (episodes === null) this.#episodes.delete(id);
    else this.#episodes.set(id, episodes);

    const before = (check.next ?? this.#snapshot.alarms).get(id);
    const after = episodes === null ? undefined : worstOf(id, episodes, values, before);
    if (after === before) return;
    check.next ??= new Map(this.#snapshot.alarms);
    if (after === undefined) check.next.delete(id);
    else check.next.set(id, after);
  }
}

/**
 * The alarm a node shows: its worst level, and of the figures at that level the one over
 * longest (then the first in the figures' order), so the row does not flip between figures.
 * The held alarm object is kept when nothing about it changed.
 */
function worstOf(
  node: NodeId,
  episodes: ReadonlyMap<FigureName, Episode>,
  values: Partial<Record<FigureName, number | string>>,
  held: Alarm | undefined,
): Alarm {
  let figure: FigureName | null = null;
  let episode: Episode | null = null;
  for (const [name, candidate] of episodes) {
    if (
      episode === null ||
      (candidate.level === "alarm" && episode.level === "warning") ||
      (candidate.level === episode.level &&
        (candidate.since < episode.since ||
          (candidate.since === episode.since && ORDER.get(name)! < ORDER.get(figure!)!)))
    ) {
      figure = name;
      episode = candidate;
    }
  }
  const value = values[figure!] ?? "";
  if (
    held &&
    held.figure === figure &&
    held.level === episode!.level &&
    held.since === episode!.since &&
    held.value === value
  ) {
    return held;
  }
  return { node, level: episode!.level, figure: figure!, value, since: episode!.since };
}
