import { feedMatch } from "../../model/stats/feedStatement";
import type { StatsStore } from "./StatsStore";
import { useStatsView } from "./useStatsView";

/**
 * Figures for Stat Server ids that match no object in the configuration: often a misnamed
 * object seen from the other side (OCS reports `Sales@Team A`, the configuration calls the
 * group something else).
 */
export function UnknownObjectsList({ store }: Props) {
  const unknown = useStatsView(store, (view) => view.unknown);
  // When none of the feed's objects is here, they are not misnamed: the feed is another
  // configuration's, and the list says so rather than suggest 388 naming problems.
  const another = useStatsView(
    store,
    (view) =>
      view.source === "live" && feedMatch(view.feed, view.page, view.overlap).kind === "other",
  );
  if (unknown.length === 0) return null;
  return (
    <details className="stats-unknown">
      <summary>
        {another
          ? `Statistics for another configuration's objects (${unknown.length})`
          : `Statistics for unknown objects (${unknown.length})`}
      </summary>
      <p className="muted">
        {another
          ? "The live feed is for another configuration: none of these ids is an object of the one open here."
          : "These ids match no object in the open configuration; a misnamed object is often the cause."}
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
