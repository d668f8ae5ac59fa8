import type { ReviewSlots } from "../reviewSlots/ReviewSlots";
import { changeOfNode } from "./changeOfNode";
import { DiffMark } from "./DiffMark";
import type { Review } from "./ReviewContext";

const NO_SLOTS: ReviewSlots = {};

/**
 * The review as the features' slots: the change marks of the comparison, if one is loaded.
 * Without one the slots are empty, so the tree skips looking for marks altogether.
 */
export function reviewSlotsOf(review: Review): ReviewSlots {
  if (review.comparison === null) return NO_SLOTS;
  return {
    changeMarkOf: (node) => changeOfNode(node, review)?.type ?? null,
    renderNodeMark: (node) => {
      const change = changeOfNode(node, review);
      return change && <DiffMark change={change} />;
    },
  };
}
