import { useMemo, useState, type ReactNode } from "react";
import type { ObjectKey } from "../../model/config/ids";
import { diffFindings } from "../../model/diff/diffFindings";
import { diffModels } from "../../model/diff/diffModels";
import { CHANGE_TYPES, type ChangeType, type ObjectChange } from "../../model/diff/ModelDiff";
import { findRule } from "../../model/rules/ruleRegistry";
import { runRules } from "../../model/rules/runRules";
import { useModel } from "../shared/load/modelQuery";
import { useWorkspace } from "../shared/workspace/WorkspaceContext";
import { ConventionFindingsSync } from "../review/conventions/ConventionFindingsSync";
import { ReviewContext, type Review } from "../shared/review/ReviewContext";
import { useActiveConventions, useBeforeSnapshot } from "../shared/review/reviewStore";
import { reviewSlotsOf } from "../shared/review/reviewSlotsOf";
import { ReviewSlotsContext } from "../shared/reviewSlots/ReviewSlots";

/**
 * Compares the open configuration with the "before" snapshot, when one is loaded, and keeps
 * the house conventions' findings in the open analysis. The review tools read the review; the
 * features see only its slots (the change marks). Mounted inside the workspace.
 */
export function ReviewProvider({ children }: { readonly children: ReactNode }) {
  const { analysis, hierarchy } = useWorkspace();
  const before = useBeforeSnapshot();
  const conventions = useActiveConventions();
  const [shownTypes, setShownTypes] = useState<ReadonlySet<ChangeType>>(
    () => new Set(CHANGE_TYPES),
  );
  const rules = conventions?.rules;
  const { model, error } = useModel(analysis);

  const comparison = useMemo(() => {
    if (before === null || model === undefined) return null;
    const diff = diffModels(before.model, model);
    const beforeFindings =
      rules && rules.length > 0 ? runRules(before.model, {}, undefined, rules) : before.findings;
    const findings = diffFindings(beforeFindings, analysis.findings);
    const byObject = new Map<ObjectKey, ObjectChange>();
    for (const change of diff.changes)
      if (change.after !== null) byObject.set(change.after, change);
    return { diff, findings, byObject };
  }, [before, model, analysis.findings, rules]);
  const comparing = before !== null && model === undefined && error === null;
  const comparisonError = before !== null && error !== null ? error.message : null;

  const review = useMemo<Review>(
    () => ({
      before,
      comparison,
      comparing,
      comparisonError,
      shownTypes,
      setShownTypes,
      ruleOf: (id) => findRule(id) ?? rules?.find((r) => r.id === id),
    }),
    [before, comparison, comparing, comparisonError, shownTypes, rules],
  );
  const slots = useMemo(() => reviewSlotsOf(review, hierarchy), [review, hierarchy]);
  return (
    <ReviewContext.Provider value={review}>
      <ReviewSlotsContext.Provider value={slots}>
        <ConventionFindingsSync />
        {children}
      </ReviewSlotsContext.Provider>
    </ReviewContext.Provider>
  );
}
