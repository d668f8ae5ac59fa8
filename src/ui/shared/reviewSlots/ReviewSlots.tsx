import { createContext, useContext, type ReactNode } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { ChangeType } from "../../../model/diff/ModelDiff";

/**
 * Where the review tools (src/ui/review, their state in src/ui/shared/review) mount into the
 * viewer's features, as the statistics do through their slots. The app fills them from the
 * review it keeps; a feature reads them and never the review itself. Every slot is optional:
 * absent while no comparison is loaded, when the viewer shows no marks.
 */
export interface ReviewSlots {
  /**
   * The change marked on a node since the compared snapshot, null when none (or the user's
   * filter hides its type): the tree canvas outlines these nodes. Called for each node laid
   * out, so it reads a map, not a diff.
   */
  readonly changeMarkOf?: (node: NodeId) => ChangeType | null;
  /** The mark drawn beside a node's name, in the outline row and on the tree card. */
  readonly renderNodeMark?: (node: NodeId) => ReactNode;
}

export const ReviewSlotsContext = createContext<ReviewSlots>({});

export const useReviewSlots = () => useContext(ReviewSlotsContext);
