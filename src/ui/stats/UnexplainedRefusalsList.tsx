import { useMemo } from "react";
import type { StatKey } from "../../model/stats/StatKey";
import { unexplainedRefusals } from "../../model/stats/unexplainedRefusals";
import { useWorkspace } from "../shared/workspace/WorkspaceContext";
import type { StatsStore } from "./StatsStore";
import { useFiguresFor } from "./useFiguresFor";
import { useStatsView } from "./useStatsView";

const SHOWN = 200;

/**
 * Ids Stat Server refused that no finding explains, listed apart: a rule may have missed
 * something, or the Stat Server asked does not serve that tenant. Ids that match no object
 * of the configuration are listed too. Nothing is computed while nothing is refused.
 */
export function UnexplainedRefusalsList({ store }: Props) {
  const refused = useStatsView(store, (view) => view.refused);
  if (refused.size === 0) return null;
  return <Refusals store={store} refused={refused} />;
}

function Refusals({ store, refused }: Props & { refused: ReadonlyMap<StatKey, string | null> }) {
  const { analysis, hierarchy } = useWorkspace();
  // Whether an id matches an object is asked of the store's roll-up index, which is of the
  // hierarchy its figures are of: the list waits for the figures of this one.
  const ours = useFiguresFor(store, hierarchy) !== null;
  // While the rules still run, no finding explains anything yet: the list waits for them.
  const checking = analysis.checking === true;
  const surprises = useMemo(
    () =>
      ours && !checking
        ? unexplainedRefusals(refused, analysis.findings, (key) =>
            Boolean(store.hasObject(hierarchy, key)),
          )
        : [],
    [ours, checking, hierarchy, refused, analysis.findings, store],
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
