import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { runRules } from "../../../model/rules/runRules";
import { setCurrentAnalysis } from "../../shared/load/currentAnalysis";
import { useModel } from "../../shared/load/modelQuery";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import type { Analysis } from "../../worker/analyseConfig";
import { useActiveConventions } from "../../shared/review/reviewStore";
import { conventionsPending, markConventionsApplied } from "./appliedConventions";

/**
 * Keeps the open analysis's findings in step with the house conventions: when conventions
 * are applied, changed or cleared, or a configuration is opened while they are in use, the
 * rules run again with them and the analysis is replaced in the cache (same load time, so
 * the view keeps its state), and every panel shows `convention/<kind>` findings like others.
 * The rules need the model, which comes from the worker after the first paint; until then a
 * status says the findings are not yet checked against the conventions.
 */
export function ConventionFindingsSync() {
  const { analysis } = useWorkspace();
  const active = useActiveConventions();
  const client = useQueryClient();
  const { model, error } = useModel(analysis);
  const wanted = active?.rules ?? null;
  const pending = conventionsPending(analysis, wanted);
  useEffect(() => {
    // The rules' own findings are not in yet: conventions are added to them once they are.
    if (!pending || model === undefined || analysis.checking) return;
    const findings = runRules(model, {}, undefined, wanted ?? []);
    const next: Analysis = { ...analysis, findings };
    markConventionsApplied(next, wanted);
    setCurrentAnalysis(client, next);
  }, [analysis, model, wanted, pending, client]);
  if (!pending) return null;
  return error ? (
    <p role="alert" className="conventions-sync review-error">
      The house conventions could not be applied: {error.message}
    </p>
  ) : (
    <p role="status" className="conventions-sync">
      Applying the house conventions…
    </p>
  );
}
