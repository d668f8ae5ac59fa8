import type { FigureName, FigureValues } from "./Figure";
import type { NodeKind } from "../hierarchy/NodeKind";
import type { FigureLevel, Threshold } from "./Threshold";

interface ThresholdResult {
  /** The worst level over every figure. */
  readonly level: FigureLevel;
  /** For each figure that crossed a threshold: the worst level and the threshold that set it. */
  readonly figures: ReadonlyMap<FigureName, { level: FigureLevel; threshold: Threshold }>;
}

const RANK: Record<FigureLevel, number> = { ok: 0, warning: 1, alarm: 2 };

function crosses(threshold: Threshold, value: number | string): boolean {
  switch (threshold.op) {
    case "above":
      return typeof value === "number" && typeof threshold.value === "number"
        ? value > threshold.value
        : false;
    case "below":
      return typeof value === "number" && typeof threshold.value === "number"
        ? value < threshold.value
        : false;
    case "is":
      return String(value) === String(threshold.value);
  }
}

/** The thresholds that apply to a node of this kind, judged against its figures. */
export function evaluateThresholds(
  kind: NodeKind,
  values: FigureValues,
  thresholds: readonly Threshold[],
): ThresholdResult {
  let level: FigureLevel = "ok";
  const figures = new Map<FigureName, { level: FigureLevel; threshold: Threshold }>();
  for (const threshold of thresholds) {
    if (!threshold.enabled || threshold.kind !== kind) continue;
    const value = values[threshold.figure];
    if (value === undefined || !crosses(threshold, value)) continue;
    const held = figures.get(threshold.figure);
    if (!held || RANK[threshold.level] > RANK[held.level]) {
      figures.set(threshold.figure, { level: threshold.level, threshold });
    }
    if (RANK[threshold.level] > RANK[level]) level = threshold.level;
  }
  return { level, figures };
}
