import { lazy, Suspense } from "react";
import type { NodeId } from "../../model/config/ids";
import { evaluateThresholds } from "../../model/stats/evaluateThresholds";
import { FIGURE_NAMES, FIGURES, figureValues } from "../../model/stats/Figure";
import { figureProvenance, type FigureProvenance } from "../../model/stats/figureProvenance";
import { statObjectTypeOf } from "../../model/stats/StatObjectType";
import { formatAge, formatDuration } from "./formatFigure";
import { readableFigure } from "./readableFigure";
import { sourceLabel, tallyText } from "./sourceText";
import "./provenance.css";
import { RefusalText } from "./RefusalText";
import type { StatsStore } from "./StatsStore";
import { useNodeRefusal } from "./useNodeRefusal";
import { useNodeStats } from "./useNodeStats";
import { useStatsHierarchy } from "./useStatsHierarchy";
import { useStatsView } from "./useStatsView";

// The chart is not needed for the first paint: it loads when the inspector first shows one.
const HistoryChart = lazy(async () => ({ default: (await import("./HistoryChart")).HistoryChart }));

interface Props {
  readonly store: StatsStore;
  /** A node of the workspace's hierarchy (the store's, where no workspace is open). */
  readonly node: NodeId;
}

/**
 * The inspector's statistics: every figure of the selected node, its freshness and history;
 * or Stat Server's refusal of its id, with the reason.
 */
export function StatsInspectorSection({ store, node }: Props) {
  const hierarchy = useStatsHierarchy(store);
  const stats = useNodeStats(store, hierarchy, node);
  const thresholds = useStatsView(store, (view) => view.thresholds);
  const source = useStatsView(store, (view) => view.source);
  const second = useStatsView(store, (view) => Math.floor(view.now / 1000));
  const outage = useStatsView(store, (view) => view.outages.get("api"));
  const intervalMs = useStatsView(store, (view) => view.intervalMs);
  const refusal = useNodeRefusal(store, hierarchy, node);
  if (source === "off" || hierarchy === null) return null;
  if (refusal) {
    return (
      <section aria-labelledby="inspector-stats">
        <h3 id="inspector-stats">Statistics ({source})</h3>
        <p className="stats-refusal" role="note">
          <strong>
            <RefusalText refusal={refusal} />
          </strong>
          {refusal.reason && (
            <>
              <br />
              Stat Server&rsquo;s reason: <q>{refusal.reason}</q>
            </>
          )}
        </p>
        <p className="muted">
          It opens no statistics for this id, so there are no figures to show here, and none of this
          object&rsquo;s figures count in the totals above it.
        </p>
      </section>
    );
  }
  const now = second * 1000;
  const values = stats ? figureValues(stats.figures, now) : {};
  const shown = FIGURE_NAMES.filter((name) => values[name] !== undefined);
  const kind = hierarchy.kind(node);
  const statId = hierarchy.statId(node);
  const result = evaluateThresholds(kind, values, thresholds);
  const objectType = statObjectTypeOf(kind);
  // Read when this node's figures move or the second turns: the values behind them then.
  const own = objectType && statId !== null ? store.values.object(objectType, statId) : undefined;
  const everySource = stats?.sources ? tallyText(stats.sources) : "";

  return (
    <section aria-labelledby="inspector-stats">
      <h3 id="inspector-stats">Statistics ({source})</h3>
      {stats?.unavailable && (
        <p className="stats-unavailable" role="note">
          Stat Server unavailable
          {outage ? ` since ${new Date(outage.since).toLocaleTimeString()}` : ""}
          {outage?.reason && outage.reason !== "Stat Server unavailable"
            ? ` (${outage.reason})`
            : ""}
          : its figures are not shown until it is back.
        </p>
      )}
      {shown.length === 0 ? (
        // While the source is down its figures are hidden, not missing: the note above says so.
        !stats?.unavailable && (
          <p className="muted">
            {statId === null
              ? "None: Stat Server has no id for this node."
              : "No figures have arrived for this object yet."}
          </p>
        )
      ) : (
        <dl className="stats-figures">
          {shown.map((name) => (
            <div key={name} style={{ display: "contents" }}>
              <dt>{FIGURES[name].label}</dt>
              <dd data-level={result.figures.get(name)?.level ?? "ok"} data-figure={name}>
                {readableFigure(name, values[name]!)}
                <span className="figure-source" data-testid="figure-source">
                  {provenanceText(figureProvenance(name, own, stats!), now)}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {everySource && (
        <p className="muted" data-testid="stats-sources">
          Figures here and beneath from {everySource}.
        </p>
      )}
      {stats?.stale && stats.staleSince !== undefined ? (
        // Said as the stale figure's age: the node may well have changed just now too.
        <p className="stats-stale-note" role="note">
          <strong>
            Stale: a figure here or beneath is {formatDuration((now - stats.staleSince) / 1000)} old
            (due since {new Date(stats.staleSince).toLocaleTimeString()})
          </strong>
          , more than twice the expected {formatDuration(intervalMs / 1000)}
          {stats.lastChanged !== null &&
            `; the newest arrived ${formatAge(now - stats.lastChanged)}`}
          .
        </p>
      ) : (
        stats &&
        stats.lastChanged !== null && (
          <p className="muted">
            Last changed {formatAge(now - stats.lastChanged)} (
            {new Date(stats.lastChanged).toLocaleTimeString()})
          </p>
        )
      )}
      <Suspense
        fallback={
          <p role="status" className="stats-history-loading">
            Loading the history chart…
          </p>
        }
      >
        <HistoryChart store={store} hierarchy={hierarchy} node={node} />
      </Suspense>
    </section>
  );
}

/** "OCS, 3 s ago"; "summed from beneath: OCS (12), simulated (3), just now". */
function provenanceText(provenance: FigureProvenance, now: number): string {
  if (provenance.from === "own") {
    const from = provenance.sources.map(sourceLabel).join(" + ");
    return `${from}, ${formatAge(now - provenance.receivedAt)}`;
  }
  const tally = tallyText(provenance.tally);
  const age = provenance.receivedAt === null ? "" : `, ${formatAge(now - provenance.receivedAt)}`;
  return tally ? `summed from beneath: ${tally}${age}` : `computed here${age}`;
}
