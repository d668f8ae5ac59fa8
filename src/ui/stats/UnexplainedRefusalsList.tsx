import { useMemo } from "react";
import { knownStatKeys } from "../../model/stats/knownStatKeys";
import { unexplainedRefusals } from "../../model/stats/unexplainedRefusals";
import { useWorkspace } from "../shared/workspace/WorkspaceContext";
import type { StatsStore } from "./StatsStore";
import { useStatsView } from "./useStatsView";

const SHOWN = 200;

/**
 * Ids Stat Server refused that no finding explains, listed apart: a rule may have missed
 * something, or the Stat Server asked does not serve that tenant. Ids that match no object
 * of the configuration are listed too.
 */
export function UnexplainedRefusalsList({ store }: Props) {
  const { analysis, hierarchy } = useWorkspace();
  const refused = useStatsView(store, (view) => view.refused);
  const keys = useMemo(() => knownStatKeys(hierarchy), [hierarchy]);
  const surprises = useMemo(
    () => unexplainedRefusals(refused, analysis.findings, (key) => keys.has(key)),
    [refused, analysis.findings, keys],
  );
  if (surprises.length === 0) return null;
  return (
    <details className="stats-surprises" open>
      <summary>Refused by Stat Server, no finding explains it ({surprises.length})</summary>
      <ul aria-label="Refused by Stat Server, no finding explains it">
        {surprises.slice(0, SHOWN).map((surprise) => (
          <li key={`${surprise.objectType}:${surprise.objectId}`}>
            {surprise.objectType} <code className="mono">{surprise.objectId}</code>
            {surprise.reason && <>: {surprise.reason}</>}
            {!surprise.matchesNode && (
              <span className="muted"> (no object of this configuration has this id)</span>
            )}
          </li>
        ))}
      </ul>
      {surprises.length > SHOWN && <p className="muted">and {surprises.length - SHOWN} more</p>}
    </details>
  );
}

interface Props {
  readonly store: StatsStore;
}
