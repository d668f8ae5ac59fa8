import type { NodeId } from "../../../model/config/ids";
import type { Finding, Severity } from "../../../model/findings/Finding";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { nodeOfFinding } from "../../shared/hierarchy/nodeOfFinding";

/** One stop of the guided tour: the node to reveal and the finding to explain there. */
export interface TourStep {
  readonly node: NodeId;
  readonly finding: Finding;
}

/** A tour longer than this is a list, not a story; the findings panel has the rest. */
export const TOUR_LENGTH = 20;

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Rules in the order a review tells them: first what makes Stat Server blind to an object
 * (the product's reason to exist), then what breaks references, then house conventions and
 * the rest. Rules not named here come after, by id.
 */
const STORY: readonly string[] = [
  "group-name-mismatch",
  "ambiguous-group-name",
  "at-sign-in-name",
  "name-whitespace",
  "invisible-character",
  "confusable-names",
  "name-too-long",
  "duplicate-name",
  "unknown-reference",
  "missing-group",
];
const storyRank = (rule: string): number => {
  const at = STORY.indexOf(rule);
  if (at >= 0) return at;
  return rule.startsWith("convention/") ? STORY.length : STORY.length + 1;
};

/**
 * The configuration's most important findings, one stop per object, each on a node drawn in
 * the current pivot: worst severity first, then in the order of the story above.
 */
export function tourSteps(findings: readonly Finding[], hierarchy: Hierarchy): TourStep[] {
  const ordered = [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      storyRank(a.rule) - storyRank(b.rule) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  const visited = new Set<NodeId>();
  const steps: TourStep[] = [];
  for (const finding of ordered) {
    if (steps.length >= TOUR_LENGTH) break;
    const node = nodeOfFinding(hierarchy, finding);
    if (node === null || visited.has(node)) continue;
    visited.add(node);
    steps.push({ node, finding });
  }
  return steps;
}
