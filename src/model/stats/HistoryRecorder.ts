import type { NodeId } from "../config/ids";
import type { NodeKind } from "../hierarchy/NodeKind";
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
 * `capacity` samples per node, NaN where a figure was absent, so the memory is fixed however
 * long the page stays open. The rings lie end to end in one Float32Array, and each NodeId's
 * ring position is in an Int32Array: no object per node. Single precision holds counts
 * exactly up to 16 million and percentages to far more digits than the chart draws, at half
 * the memory of double.
 *
 * A large hierarchy has tens of thousands of aggregating nodes, and the first sample
 * allocates every ring: a sample can be taken in slices (`startSample`, then `step` until it
 * returns true), so that it never holds a frame. The slot being written is left out of
 * `series` until the sample ends.
 */
export class HistoryRecorder {
  readonly #capacity: number;
  readonly #times: Float64Array;
  /** The rings, `capacity * HISTORY_FIGURES.length` values each, end to end. */
  #rings = new Float32Array(0);
  #ringCount = 0;
  /** Each node's ring position, by NodeId; -1 for a node without one. */
  #ringOf = new Int32Array(0);
  /**
   * The figures each ring was last read from, and the sample that read them (by NodeId):
   * figures the previous sample read are copied from its slot.
   */
  #sampledFigures: (NodeFigures | undefined)[] = [];
  #sampledAt: number[] = [];
  #count = 0;
  #sample: {
    readonly time: number;
    readonly nodes: readonly (NodeStats | undefined)[];
    next: number;
  } | null = null;

  constructor(capacity = 120) {
    this.#capacity = capacity;
    this.#times = new Float64Array(capacity);
  }

  get capacity(): number {
    return this.#capacity;
  }

  /** Takes one sample of every recorded node; `stats` is indexed by NodeId. */
  record(time: number, stats: readonly (NodeStats | undefined)[]): void {
    this.startSample(time, stats);
    this.step(Infinity, () => 0);
  }

  /** Whether a sample started by `startSample` has nodes left to record. */
  get sampling(): boolean {
    return this.#sample !== null;
  }

  /** Starts a sample of every recorded node, abandoning one under way. */
  startSample(time: number, stats: readonly (NodeStats | undefined)[]): void {
    this.#sample = { time, nodes: stats, next: 0 };
    if (this.#ringOf.length < stats.length) {
      const ringOf = new Int32Array(stats.length).fill(-1);
      ringOf.set(this.#ringOf);
      this.#ringOf = ringOf;
    }
  }

  /** Where the node's ring starts in `#rings`, allocating it (NaN) on first use. */
  #ringStart(id: number): number {
    const stride = this.#capacity * HISTORY_FIGURES.length;
    let ring = this.#ringOf[id]!;
    if (ring < 0) {
      ring = this.#ringCount;
      this.#ringCount += 1;
      this.#ringOf[id] = ring;
      if (this.#ringCount * stride > this.#rings.length) {
        // Grown by doubling while a sample runs (a sample over many new nodes copies the rings a
        // few times only), and cut to size when it ends.
        const rings = new Float32Array(Math.max(64, 2 * this.#ringCount) * stride).fill(NaN);
        rings.set(this.#rings);
        this.#rings = rings;
      }
    }
    return ring * stride;
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
    const nodes = sample.nodes;
    while (sample.next < nodes.length) {
      const id = sample.next;
      sample.next += 1;
      const node = nodes[id];
      if (node === undefined || !RECORDED_KINDS.has(node.figures.kind)) continue;
      const start = this.#ringStart(id);
      const ring = this.#rings;
      // Most nodes have not moved since the last sample: their figures are the same object.
      if (
        previous >= 0 &&
        this.#sampledFigures[id] === node.figures &&
        this.#sampledAt[id] === this.#count - 1
      ) {
        const from = start + previous * width;
        ring.copyWithin(start + slot * width, from, from + width);
        this.#sampledAt[id] = this.#count;
      } else {
        const values = figureValues(node.figures, sample.time);
        for (let f = 0; f < width; f += 1) {
          const value = values[HISTORY_FIGURES[f]!];
          ring[start + slot * width + f] = typeof value === "number" ? value : NaN;
        }
        this.#sampledFigures[id] = node.figures;
        this.#sampledAt[id] = this.#count;
      }
      count += 1;
      if ((count & 63) === 0 && clock() >= deadline) return false;
    }
    // Growth by doubling leaves up to half the buffer unused: cut to the rings made.
    const used = this.#ringCount * this.#capacity * width;
    if (this.#rings.length > used) this.#rings = this.#rings.slice(0, used);
    this.#times[slot] = sample.time;
    this.#count += 1;
    this.#sample = null;
    return true;
  }

  /** Oldest first; points where the figure was absent are left out. */
  series(node: NodeId, figure: HistoryFigure): HistoryPoint[] {
    const ring = node < this.#ringOf.length ? this.#ringOf[node]! : -1;
    if (ring < 0) return [];
    const start = ring * this.#capacity * HISTORY_FIGURES.length;
    const width = HISTORY_FIGURES.length;
    const f = HISTORY_FIGURES.indexOf(figure);
    // While a sample is being taken, the oldest slot is being overwritten.
    const filled = Math.min(this.#count, this.#capacity - (this.#sample === null ? 0 : 1));
    const points: HistoryPoint[] = [];
    for (let i = this.#count - filled; i < this.#count; i += 1) {
      const slot = i % this.#capacity;
      const value = this.#rings[start + slot * width + f]!;
      if (!Number.isNaN(value)) points.push({ time: this.#times[slot]!, value });
    }
    return points;
  }

  clear(): void {
    this.#rings = new Float32Array(0);
    this.#ringCount = 0;
    this.#ringOf = new Int32Array(0);
    this.#sampledFigures = [];
    this.#sampledAt = [];
    this.#count = 0;
    this.#sample = null;
  }
}
