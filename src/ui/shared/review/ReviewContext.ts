import { createContext, useContext } from "react";
import type { ObjectKey } from "../../../model/config/ids";
import type {
  ChangeType,
  FindingsDiff,
  ModelDiff,
  ObjectChange,
} from "../../../model/diff/ModelDiff";
import type { Rule } from "../../../model/rules/Rule";
import type { BeforeSnapshot } from "./reviewStore";

/** What the review features share: the comparison, if any, and how to read rules. */
export interface Review {
  readonly before: BeforeSnapshot | null;
  readonly comparison: {
    readonly diff: ModelDiff;
    readonly findings: FindingsDiff;
    /** Changes of objects present now, by their key in the open configuration. */
    readonly byObject: ReadonlyMap<ObjectKey, ObjectChange>;
  } | null;
  /** A "before" is loaded, and the open configuration's model is still on its way. */
  readonly comparing: boolean;
  /** Why the comparison cannot be made (the open configuration's model is unavailable). */
  readonly comparisonError: string | null;
  /** The change types marked in the tree and the outline (the user's filter). */
  readonly shownTypes: ReadonlySet<ChangeType>;
  readonly setShownTypes: (types: ReadonlySet<ChangeType>) => void;
  /** A rule by id, built-in or house convention. */
  readonly ruleOf: (id: string) => Rule | undefined;
}

export const ReviewContext = createContext<Review | null>(null);

/** The review, or null outside a ReviewProvider (the viewer then shows no marks). */
export const useReview = (): Review | null => useContext(ReviewContext);
