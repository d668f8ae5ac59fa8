import type { NodeId } from "../../../model/config/ids";
import type { HierarchyNode, NodeKind } from "../../../model/hierarchy/HierarchyNode";
import { evaluateThresholds } from "../../../model/stats/evaluateThresholds";
import { FIGURES, figureValues, type FigureName } from "../../../model/stats/Figure";
import type { NodeStats } from "../../../model/stats/rollUp";
import type { FigureLevel, Threshold } from "../../../model/stats/Threshold";
import type { ThresholdCrossing } from "../../features/statsSlots/StatsSlots";

/** What the watcher reads of the statistics store. */
export interface CrossingSource {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getView: () => {
    readonly now: number;
    readonly nodes: ReadonlyMap<NodeId, NodeStats>;
    readonly thresholds: readonly Threshold[];
  };
  readonly root: HierarchyNode | null;
}

const CHECK_EVERY_MS = 500;
const RANK: Readonly<Record<FigureLevel, number>> = { ok: 0, warning: 1, alarm: 2 };

function kindsOf(root: HierarchyNode | null): Map<NodeId, NodeKind> {
  const kinds = new Map<NodeId, NodeKind>();
  const stack = root ? [root] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    kinds.set(node.id, node.kind);
    stack.push(...node.children);
  }
  return kinds;
}

/**
 * Calls `listener` when a node's figures get worse across a threshold (ok to warning or
 * alarm, warning to alarm). Only nodes whose figures moved since the last frame are judged,
 * so a large hierarchy costs what the updates cost. Returns the unsubscribe function.
 */
export function watchThresholdCrossings(
  source: CrossingSource,
  listener: (crossing: ThresholdCrossing) => void,
): () => void {
  let seen: ReadonlyMap<NodeId, NodeStats> = new Map();
  let checkedAt = -Infinity;
  const levels = new Map<NodeId, FigureLevel>();
  let root: HierarchyNode | null = null;
  let kinds = new Map<NodeId, NodeKind>();
  const check = () => {
    if (source.root !== root) {
      root = source.root;
      kinds = kindsOf(root);
    }
    const view = source.getView();
    // The view is immutable per frame and keeps unchanged nodes' stats by identity, so the
    // last checked map tells which nodes moved. Twice a second is soon enough for a tour.
    if (view.nodes === seen || view.now - checkedAt < CHECK_EVERY_MS) return;
    checkedAt = view.now;
    for (const [id, stats] of view.nodes) {
      if (seen.get(id) === stats) continue;
      const kind = kinds.get(id);
      if (kind === undefined) continue;
      const result = evaluateThresholds(
        kind,
        figureValues(stats.figures, view.now),
        view.thresholds,
      );
      const was = levels.get(id) ?? "ok";
      levels.set(id, result.level);
      if (RANK[result.level] <= RANK[was] || result.level === "ok") continue;
      const worst = [...result.figures].find(([, f]) => f.level === result.level);
      const figure = worst?.[0] as FigureName | undefined;
      listener({
        node: id,
        level: result.level,
        figure: figure ? FIGURES[figure].label : "figures",
      });
    }
    seen = view.nodes;
  };
  return source.subscribe(check);
}
