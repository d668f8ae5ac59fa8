import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { ReviewSlots } from "../reviewSlots/ReviewSlots";
import { changeOfNode } from "./changeOfNode";
import { DiffMark } from "./DiffMark";
import type { Review } from "./ReviewContext";

const NO_SLOTS: ReviewSlots = {};

/**
 * The review as the features' slots: the change marks of the comparison, if one is loaded, on
 * the nodes of the workspace's hierarchy. Without one the slots are empty, so the tree skips
 * looking for marks altogether.
 */
export function reviewSlotsOf(review: Review, hierarchy: Hierarchy): ReviewSlots {
  if (review.comparison === null) return NO_SLOTS;
  return {
    changeMarkOf: (node) => changeOfNode(hierarchy, node, review)?.type ?? null,
    renderNodeMark: (node) => {
      const change = changeOfNode(hierarchy, node, review);
      return change && <DiffMark change={change} />;
    },
  };
}
