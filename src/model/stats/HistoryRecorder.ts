import type { NodePath } from "../config/ids";
import type { NodeKind } from "../hierarchy/HierarchyNode";
import { figureValues, type FigureName } from "./Figure";
import type { NodeFigures } from "./NodeFigures";
import type { NodeStats } from "./rollUp";

/** The figures kept over time: the ones a supervisor watches move. */
export const HISTORY_FIGURES = [
  "agentsReady",
  "agentsBusy",
  "overdialRate",
  "hitRatio",
  "busyFactor",
  "recordsReady",
] as const satisfies readonly FigureName[];
export type HistoryFigure = (typeof HISTORY_FIGURES)[number];

const RECORDED_KINDS: ReadonlySet<NodeKind> = new Set([
  "root",
  "tenant",
  "campaign",
  "campaignGroup",
  "campaignCallingList",
  "callingList",
  "groupAgents",
  "groupPlaces",
]);

interface HistoryPoint {
  readonly time: number;
  readonly value: number;
}

/**
 * Recent history of a few figures for the nodes that aggregate (not each agent): a ring of
 * `capacity` samples per node in one Float32Array, NaN where a figure was absent, so a 10k
 * node configuration costs a fixed few megabytes however long the page stays open. Single
 * precision holds counts exactly up to 16 million and percentages to far more digits than the
 * chart draws, and it halves the rings' memory.
 *
 * A sample of a large hierarchy takes more than a frame, and the first one, which allocates
 * every ring, much more: a sample can be taken in slices (`startSample`, then `step` until it returns true). The slot being
 * written is left out of `series` until the sample ends.
 */
export class HistoryRecorder {
  readonly #capacity: number;
  readonly #times: Float64Array;
  readonly #rings = new Map<NodePath, Float32Array>();
  /**
   * The figures each ring was last read from, and the sample that read them: figures the
   * previous sample read are copied from its slot.
   */
  readonly #sampled = new Map<NodePath, { figures: NodeFigures; sample: number }>();
  #count = 0;
  #sample: {
    readonly time: number;
    readonly nodes: Iterator<[NodePath, NodeStats]>;
  } | null = null;

  constructor(capacity = 120) {
    this.#capacity = capacity;
    this.#times = new Float64Array(capacity);
  }

  get capacity(): number {
    return this.#capacity;
  }

  /** Takes one sample of every recorded node. */
  record(time: number, stats: ReadonlyMap<NodePath, NodeStats>): void {
    this.startSample(time, stats);
    this.step(Infinity, () => 0);
  }

  /** Whether a sample started by `startSample` has nodes left to record. */
  get sampling(): boolean {
    return this.#sample !== null;
  }

  /** Starts a sample of every recorded node, abandoning one under way. */
  startSample(time: number, stats: ReadonlyMap<NodePath, NodeStats>): void {
    this.#sample = { time, nodes: stats.entries() };
  }

  /** Records until the sample ends or `budgetMs` has passed on `clock`; true when it ended. */
  step(budgetMs: number, clock: () => number): boolean {
    const sample = this.#sample;
    if (sample === null) return true;
    const deadline = clock() + budgetMs;
    const slot = this.#count % this.#capacity;
    const previous = this.#count === 0 ? -1 : (this.#count - 1) % this.#capacity;
    const width = HISTORY_FIGURES.length;
    let count = 0;
    for (let next = sample.nodes.next(); !next.done; next = sample.nodes.next()) {
      const [id, node] = next.value;
      if (!RECORDED_KINDS.has(node.figures.kind)) continue;
      let ring = this.#rings.get(id);
      if (!ring) {
        ring = new Float32Array(this.#capacity * width).fill(NaN);
        this.#rings.set(id, ring);
      }
      // Most nodes have not moved since the last sample: their figures are the same object.
      const read = this.#sampled.get(id);
      if (previous >= 0 && read?.figures === node.figures && read.sample === this.#count - 1) {
        ring.copyWithin(slot * width, previous * width, previous * width + width);
        read.sample = this.#count;
      } else {
        const values = figureValues(node.figures, sample.time);
        for (let f = 0; f < width; f += 1) {
          const value = values[HISTORY_FIGURES[f]!];
          ring[slot * width + f] = typeof value === "number" ? value : NaN;
        }
        this.#sampled.set(id, { figures: node.figures, sample: this.#count });
      }
      count += 1;
      if ((count & 63) === 0 && clock() >= deadline) return false;
    }
    this.#times[slot] = sample.time;
    this.#count += 1;
    this.#sample = null;
    return true;
  }

  /** Oldest first; points where the figure was absent are left out. */
  series(id: NodePath, figure: HistoryFigure): HistoryPoint[] {
    const ring = this.#rings.get(id);
    if (!ring) return [];
    const width = HISTORY_FIGURES.length;
    const f = HISTORY_FIGURES.indexOf(figure);
    // While a sample is being taken, the oldest slot is being overwritten.
    const filled = Math.min(this.#count, this.#capacity - (this.#sample === null ? 0 : 1));
    const points: HistoryPoint[] = [];
    for (let i = this.#count - filled; i < this.#count; i += 1) {
      const slot = i % this.#capacity;
      const value = ring[slot * width + f]!;
      if (!Number.isNaN(value)) points.push({ time: this.#times[slot]!, value });
    }
    return points;
  }

  clear(): void {
    this.#rings.clear();
    this.#sampled.clear();
    this.#count = 0;
    this.#sample = null;
  }
}
