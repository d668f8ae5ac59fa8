import { asNodeId, type NodeId } from "../../model/config/ids";
import type { NodeKind } from "../../model/hierarchy/NodeKind";
import { evaluateThresholds } from "../../model/stats/evaluateThresholds";
import { figureValues } from "../../model/stats/Figure";
import type { NodeStats } from "../../model/stats/rollUp";
import type { Threshold, ThresholdLevel } from "../../model/stats/Threshold";

/** What one rule would colour with the figures of now. */
export interface ThresholdPreview {
  readonly count: number;
  /** The first few nodes it would colour, for the editor to name. */
  readonly nodes: readonly NodeId[];
}

const NAMED = 3;

/**
 * For each rule (on or off), the nodes (by NodeId, as `nodes` is indexed) it alone would colour now: the figures judged against
 * that rule as if it were on. One pass over the nodes, each judged only against the rules of
 * its kind, so a large hierarchy costs about what the number of rules on its kinds costs.
 */
export function thresholdPreviews(
  thresholds: readonly Threshold[],
  nodes: readonly (NodeStats | undefined)[],
  now: number,
): ReadonlyMap<string, ThresholdPreview> {
  const byKind = new Map<NodeKind, Threshold[]>();
  for (const threshold of thresholds) {
    const on: Threshold = threshold.enabled ? threshold : { ...threshold, enabled: true };
    const list = byKind.get(threshold.kind);
    if (list) list.push(on);
    else byKind.set(threshold.kind, [on]);
  }
  const found = new Map<string, { count: number; nodes: NodeId[] }>(
    thresholds.map((t) => [t.id, { count: 0, nodes: [] }]),
  );
  for (let id = 0; id < nodes.length; id += 1) {
    const stats = nodes[id];
    if (stats === undefined) continue;
    const rules = byKind.get(stats.figures.kind);
    if (rules === undefined) continue;
    const values = figureValues(stats.figures, now);
    for (const rule of rules) {
      if (evaluateThresholds(rule.kind, values, [rule]).level === "ok") continue;
      const preview = found.get(rule.id)!;
      preview.count += 1;
      if (preview.nodes.length < NAMED) preview.nodes.push(asNodeId(id));
    }
  }
  return found;
}

/** "warning" → "as a warning". */
export const levelPhrase = (level: ThresholdLevel) =>
  level === "alarm" ? "as an alarm" : "as a warning";
