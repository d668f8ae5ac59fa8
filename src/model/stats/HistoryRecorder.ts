import type { NodeId } from "../config/ids";
import type { NodeKind } from "../hierarchy/HierarchyNode";
import { figureValues, type FigureName } from "./Figure";
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

export interface HistoryPoint {
  readonly time: number;
  readonly value: number;
}

/**
 * Recent history of a few figures for the nodes that aggregate (not each agent): a ring of
 * `capacity` samples per node in one Float64Array, NaN where a figure was absent, so a 10k
 * node configuration costs a fixed few megabytes however long the page stays open.
 */
export class HistoryRecorder {
  readonly #capacity: number;
  readonly #times: Float64Array;
  readonly #rings = new Map<NodeId, Float64Array>();
  #count = 0;

  constructor(capacity = 120) {
    this.#capacity = capacity;
    this.#times = new Float64Array(capacity);
  }

  get capacity(): number {
    return this.#capacity;
  }

  /** Takes one sample of every recorded node. */
  record(time: number, stats: ReadonlyMap<NodeId, NodeStats>): void {
    const slot = this.#count % this.#capacity;
    this.#times[slot] = time;
    const width = HISTORY_FIGURES.length;
    for (const [id, node] of stats) {
      if (!RECORDED_KINDS.has(node.figures.kind)) continue;
      let ring = this.#rings.get(id);
      if (!ring) {
        ring = new Float64Array(this.#capacity * width).fill(NaN);
        this.#rings.set(id, ring);
      }
      const values = figureValues(node.figures, time);
      for (let f = 0; f < width; f += 1) {
        const value = values[HISTORY_FIGURES[f]!];
        ring[slot * width + f] = typeof value === "number" ? value : NaN;
      }
    }
    this.#count += 1;
  }

  /** Oldest first; points where the figure was absent are left out. */
  series(id: NodeId, figure: HistoryFigure): HistoryPoint[] {
    const ring = this.#rings.get(id);
    if (!ring) return [];
    const width = HISTORY_FIGURES.length;
    const f = HISTORY_FIGURES.indexOf(figure);
    const filled = Math.min(this.#count, this.#capacity);
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
    this.#count = 0;
  }
}
