import { useState } from "react";
import type { NodeId } from "../../model/config/ids";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import { FIGURES } from "../../model/stats/Figure";
import { HISTORY_FIGURES, type HistoryFigure } from "../../model/stats/HistoryRecorder";
import { formatFigure } from "./formatFigure";
import type { StatsStore } from "./StatsStore";
import { useStatsView } from "./useStatsView";

const WIDTH = 280;
const HEIGHT = 72;
const PAD = 4;

interface Props {
  readonly store: StatsStore;
  /** The hierarchy `node` is of: the history is kept for the store's only. */
  readonly hierarchy: Hierarchy;
  readonly node: NodeId;
}

/** The selected node's recent history of one figure, one sample a second, as an SVG line. */
export function HistoryChart({ store, hierarchy, node }: Props) {
  // Re-read the history once a second, as it is sampled.
  useStatsView(store, (view) => Math.floor(view.now / 1000));
  const recorded = store.hierarchy === hierarchy;
  const available = recorded
    ? HISTORY_FIGURES.filter((f) => store.history.series(node, f).length > 0)
    : [];
  const [picked, setPicked] = useState<HistoryFigure | null>(null);
  const figure = picked !== null && available.includes(picked) ? picked : (available[0] ?? null);
  if (figure === null)
    return <p className="muted">No history yet: figures are sampled once a second.</p>;

  const points = store.history.series(node, figure);
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const first = points[0]!.time;
  const span = Math.max(1, points[points.length - 1]!.time - first);
  const range = max - min || 1;
  const line = points
    .map((p) => {
      const x = PAD + ((p.time - first) / span) * (WIDTH - 2 * PAD);
      const y = HEIGHT - PAD - ((p.value - min) / range) * (HEIGHT - 2 * PAD);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
  const label = FIGURES[figure].label;
  const last = values[values.length - 1]!;
  const summary =
    `${label} over the last ${Math.round(span / 1000)} s: from ${formatFigure(figure, min)} ` +
    `to ${formatFigure(figure, max)}, now ${formatFigure(figure, last)}`;

  return (
    <div className="history">
      <label>
        History of{" "}
        <select
          className="select"
          value={figure}
          onChange={(event) => setPicked(event.target.value as HistoryFigure)}
        >
          {available.map((f) => (
            <option key={f} value={f}>
              {FIGURES[f].label}
            </option>
          ))}
        </select>
      </label>
      <svg
        className="history-chart"
        width={WIDTH}
        height={HEIGHT + 14}
        role="img"
        aria-label={summary}
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} />
        <polyline points={line} />
        <text x={PAD} y={HEIGHT + 10}>
          {formatFigure(figure, min)} – {formatFigure(figure, max)}
        </text>
        <text x={WIDTH - PAD} y={HEIGHT + 10} textAnchor="end">
          now {formatFigure(figure, last)}
        </text>
      </svg>
    </div>
  );
}
