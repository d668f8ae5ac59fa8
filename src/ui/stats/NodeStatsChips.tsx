import type { NodeId } from "../../model/config/ids";
import { evaluateThresholds } from "../../model/stats/evaluateThresholds";
import { FIGURES, figureValues } from "../../model/stats/Figure";
import { formatAge, formatDuration, formatFigure } from "./formatFigure";
import { NODE_CHIPS } from "./nodeChips";
import { RefusalText } from "./RefusalText";
import { sourceMark } from "./sourceText";
import type { StatsStore } from "./StatsStore";
import { useNodeRefusal } from "./useNodeRefusal";
import { useNodeStats } from "./useNodeStats";
import { useStatsHierarchy } from "./useStatsHierarchy";
import { useStatsView } from "./useStatsView";
import "./stats.css";
import "./provenance.css";

interface Props {
  readonly store: StatsStore;
  /** A node of the workspace's hierarchy (the store's, where no workspace is open). */
  readonly node: NodeId;
}

/**
 * A node's figures as small chips coloured by the thresholds, with a stale mark and how long
 * ago they last changed; instead of figures, Stat Server's refusal of the node's id. A figure
 * missing because its source is down reads "—", never 0. Re-renders only when this node's
 * figures move, or once a second for the ages.
 */
export function NodeStatsChips({ store, node }: Props) {
  const hierarchy = useStatsHierarchy(store);
  const stats = useNodeStats(store, hierarchy, node);
  const thresholds = useStatsView(store, (view) => view.thresholds);
  const second = useStatsView(store, (view) => Math.floor(view.now / 1000));
  const source = useStatsView(store, (view) => view.source);
  const refusal = useNodeRefusal(store, hierarchy, node);
  if (refusal) {
    const reason = refusal.reason ? `: ${refusal.reason}` : "";
    return (
      <span
        className="node-stats node-refused"
        title={`Stat Server does not know ${refusal.objectType} ${refusal.objectId}${reason}`}
      >
        <span className="stat-chip stat-refused">
          <RefusalText refusal={refusal} />
        </span>
      </span>
    );
  }
  if (!stats || hierarchy === null) return null;
  const kind = hierarchy.kind(node);
  const now = second * 1000;
  const values = figureValues(stats.figures, now);
  const unavailable = stats.unavailable === true;
  const chips = NODE_CHIPS[kind].filter(
    ({ figure }) =>
      (values[figure] !== undefined ||
        (unavailable && figure !== "waiting" && figure !== "timeInState")) &&
      !(figure === "waiting" && values.waiting === "None"),
  );
  // Nothing has arrived for this node or beneath it (the feed is another configuration's, or
  // its objects report nothing): no chips, rather than counts of zero that read as figures.
  if ((chips.length === 0 || !unavailable) && stats.lastChanged === null) return null;
  const result = evaluateThresholds(kind, values, thresholds);
  const age = stats.lastChanged === null ? null : formatAge(now - stats.lastChanged);
  // A node can have changed just now and be stale because another figure is old: the chip
  // gives the stale figure's age, not the newest one's.
  const staleFor =
    stats.stale && stats.staleSince !== undefined
      ? formatDuration((now - stats.staleSince) / 1000)
      : null;
  const mark = sourceMark(stats.sources, source === "simulated" ? "simulated" : null);

  return (
    <span className="node-stats" data-level={result.level} data-stale={stats.stale || undefined}>
      {mark && (
        <span className="stat-chip stat-source" data-source={mark.kind} title={mark.text}>
          <span aria-hidden="true">{mark.mark}</span>
          <span className="visually-hidden">{mark.text}</span>
        </span>
      )}
      {chips.map(({ figure, short }) => {
        const value = values[figure];
        if (value === undefined) {
          return (
            <span
              key={figure}
              className="stat-chip stat-unavailable"
              data-figure={figure}
              title={`${FIGURES[figure].label}: unavailable, Stat Server unavailable`}
            >
              {short ? `${short} —` : "—"}
            </span>
          );
        }
        const crossed = result.figures.get(figure);
        const text = formatFigure(figure, value);
        const why = crossed
          ? ` (${crossed.level}: ${crossed.threshold.op} ${formatFigure(figure, crossed.threshold.value)})`
          : "";
        return (
          <span
            key={figure}
            className="stat-chip"
            data-figure={figure}
            data-value={typeof value === "string" ? value : undefined}
            data-level={crossed?.level ?? "ok"}
            title={`${FIGURES[figure].label}: ${text}${why}`}
          >
            {short ? `${short} ${text}` : text}
          </span>
        );
      })}
      {stats.stale && (
        <span
          className="stat-chip stat-stale"
          title={`Stale: a figure here or beneath is ${staleFor ?? "more than twice its interval"} old, older than twice its expected interval${age ? `; the newest arrived ${age}` : ""}`}
        >
          {staleFor ? `stale ${staleFor}` : "stale"}
        </span>
      )}
      {age && !stats.stale && (
        <span className="stat-age" title={`Figures last changed ${age}`}>
          {age}
        </span>
      )}
    </span>
  );
}
