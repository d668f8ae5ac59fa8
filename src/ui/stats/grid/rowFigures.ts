import { figureValues, type FigureValues } from "../../../model/stats/Figure";
import type { NodeStats } from "../../../model/stats/rollUp";

const NONE: FigureValues = {};
const cache = new WeakMap<NodeStats, FigureValues>();

/**
 * A row's figures as one flat record, computed once per NodeStats: the store gives a node a
 * new NodeStats only when its figures moved, so sorting 100k rows again reads a cache. The
 * grid's kinds have no figure that ages with the clock (an agent's time in state), so the
 * clock given is irrelevant to them.
 */
export function rowFigures(stats: NodeStats | undefined): FigureValues {
  if (stats === undefined) return NONE;
  let values = cache.get(stats);
  if (values === undefined) {
    values = figureValues(stats.figures, 0);
    cache.set(stats, values);
  }
  return values;
}
