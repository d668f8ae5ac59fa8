import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { Rule } from "../../../model/rules/Rule";
import { runRules } from "../../../model/rules/runRules";
import { setCurrentAnalysis } from "../../features/load/currentAnalysis";
import { useWorkspace } from "../../features/workspace/WorkspaceContext";
import type { Analysis } from "../../worker/analyseConfig";
import { useActiveConventions } from "../reviewStore";

const NONE: readonly Rule[] = [];
/** The convention rules each analysis's findings were computed with; absent means none. */
const appliedRules = new WeakMap<Analysis, readonly Rule[]>();

/**
 * Keeps the open analysis's findings in step with the house conventions: when conventions
 * are applied, changed or cleared, or a configuration is opened while they are in use, the
 * rules run again with them and the analysis is replaced in the cache (same load time, so
 * the view keeps its state), and every panel shows `convention/<kind>` findings like others.
 */
export function ConventionFindingsSync() {
  const { analysis } = useWorkspace();
  const active = useActiveConventions();
  const client = useQueryClient();
  useEffect(() => {
    const wanted = active?.rules ?? NONE;
    const applied = appliedRules.get(analysis) ?? NONE;
    if (applied === wanted) return;
    const findings = runRules(analysis.model, {}, undefined, wanted);
    const next: Analysis = { ...analysis, findings };
    appliedRules.set(next, wanted);
    setCurrentAnalysis(client, next);
  }, [analysis, active, client]);
  return null;
}
