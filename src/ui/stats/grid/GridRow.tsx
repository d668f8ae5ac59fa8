import { memo } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { evaluateThresholds } from "../../../model/stats/evaluateThresholds";
import { FIGURES, type FigureName } from "../../../model/stats/Figure";
import type { NodeStats } from "../../../model/stats/rollUp";
import type { Threshold } from "../../../model/stats/Threshold";
import { plainVisibleName } from "../../shared/hierarchy/plainVisibleName";
import { titleWhenCut } from "../../shared/hierarchy/titleWhenCut";
import { VisibleName } from "../../shared/hierarchy/VisibleName";
import { formatFigure } from "../formatFigure";
import { RefusalText } from "../RefusalText";
import type { StatsStore } from "../StatsStore";
import { useNodeRefusal } from "../useNodeRefusal";
import { rowFigures } from "./rowFigures";

interface Props {
  readonly store: StatsStore;
  /** The hierarchy `node` is of (the workspace's). */
  readonly hierarchy: Hierarchy;
  readonly node: NodeId;
  /** Undefined until the node has figures. */
  readonly stats: NodeStats | undefined;
  readonly columns: readonly FigureName[];
  readonly thresholds: readonly Threshold[];
  readonly id: string;
  /** 1-based, counting the header row, as aria-rowindex wants it. */
  readonly rowIndex: number;
  readonly top: number;
  readonly height: number;
  readonly selected: boolean;
  readonly highlighted: boolean;
  readonly active: boolean;
  readonly onPick: (node: NodeId) => void;
}

/**
 * One object and its figures, each cell coloured by the worst threshold its figure crosses.
 * The level is also spelled out (hidden) and in the cell's title, so it is not told by colour
 * alone. Memoised: while the stream runs, only rows whose NodeStats changed render again.
 */
export const GridRow = memo(function GridRow({
  store,
  hierarchy,
  node,
  stats,
  columns,
  thresholds,
  id,
  rowIndex,
  top,
  height,
  selected,
  highlighted,
  active,
  onPick,
}: Props) {
  const refusal = useNodeRefusal(store, hierarchy, node);
  const values = rowFigures(stats);
  const result = evaluateThresholds(hierarchy.kind(node), values, thresholds);
  const name = hierarchy.name(node);
  const statId = hierarchy.statId(node);
  const showStatId = statId !== null && statId !== name;
  return (
    <div
      role="row"
      id={id}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      className="grid-row"
      data-node-id={node}
      data-level={result.level}
      data-selected={selected || undefined}
      data-highlighted={(highlighted && !selected) || undefined}
      data-active={active || undefined}
      data-stale={stats?.stale || undefined}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={() => onPick(node)}
    >
      <div role="rowheader" className="grid-cell grid-name">
        <span className="grid-name-text" {...titleWhenCut(() => plainVisibleName(name))}>
          {name ? <VisibleName name={name} /> : <em className="muted">(no name)</em>}
        </span>
        {showStatId && (
          <span className="grid-statid mono" {...titleWhenCut(() => plainVisibleName(statId))}>
            <span className="visually-hidden">, Stat Server id </span>
            <VisibleName name={statId} />
          </span>
        )}
      </div>
      {refusal && columns.length > 0 ? (
        <div
          role="gridcell"
          aria-colspan={columns.length}
          className="grid-cell grid-refused"
          style={{ gridColumn: `2 / span ${columns.length}` }}
          title={refusal.reason ? `Stat Server: ${refusal.reason}` : undefined}
        >
          <span className="grid-refused-text">
            <RefusalText refusal={refusal} />
          </span>
        </div>
      ) : (
        columns.map((figure) => {
          const value = values[figure];
          if (value === undefined) {
            return (
              <div
                key={figure}
                role="gridcell"
                className="grid-cell grid-figure"
                data-figure={figure}
              >
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">no figure</span>
              </div>
            );
          }
          const crossed = result.figures.get(figure);
          const text = formatFigure(figure, value);
          return (
            <div
              key={figure}
              role="gridcell"
              className="grid-cell grid-figure"
              data-figure={figure}
              data-level={crossed?.level ?? "ok"}
              data-numeric={typeof value === "number" || undefined}
              title={
                crossed
                  ? `${FIGURES[figure].label}: ${text} (${crossed.level}: ${crossed.threshold.op} ${formatFigure(figure, crossed.threshold.value)})`
                  : undefined
              }
            >
              {text}
              {crossed && <span className="visually-hidden">, {crossed.level}</span>}
            </div>
          );
        })
      )}
    </div>
  );
});
