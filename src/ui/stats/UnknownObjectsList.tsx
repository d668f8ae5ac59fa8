import type { StatsStore } from "./StatsStore";
import { useStatsView } from "./useStatsView";

/**
 * Figures for Stat Server ids that match no object in the configuration: often a misnamed
 * object seen from the other side (OCS reports `Sales@Team A`, the configuration calls the
 * group something else).
 */
export function UnknownObjectsList({ store }: Props) {
  const unknown = useStatsView(store, (view) => view.unknown);
  if (unknown.length === 0) return null;
  return (
    <details className="stats-unknown">
      <summary>Statistics for unknown objects ({unknown.length})</summary>
      <p className="muted">
        These ids match no object in the open configuration; a misnamed object is often the cause.
      </p>
      <ul aria-label="Statistics for unknown objects">
        {unknown.slice(0, 200).map((object) => (
          <li key={`${object.objectType}:${object.objectId}`}>
            {object.objectType} <strong>{object.objectId}</strong>: {object.statistics.join(", ")}
          </li>
        ))}
      </ul>
      {unknown.length > 200 && <p className="muted">and {unknown.length - 200} more</p>}
    </details>
  );
}

interface Props {
  readonly store: StatsStore;
}
