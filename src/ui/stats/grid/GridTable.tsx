import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { FIGURES, type FigureName } from "../../../model/stats/Figure";
import type { StatsStore } from "../StatsStore";
import { figuresFor } from "../useFiguresFor";
import { GridRow } from "./GridRow";
import type { GridSort } from "./sortGridRows";
import { useThrottledView } from "./useThrottledView";

interface Props {
  readonly store: StatsStore;
  /** The hierarchy the rows are nodes of (the workspace's). */
  readonly hierarchy: Hierarchy;
  /** The rows as shown: filtered and sorted. */
  readonly rows: readonly NodeId[];
  readonly columns: readonly FigureName[];
  readonly label: string;
  readonly sort: GridSort;
  /** Sort by a column; without it the headers are labels only (the wallboard). */
  readonly onSort?: (by: GridSort["by"]) => void;
  readonly rowHeight: number;
  readonly selected: NodeId | null;
  readonly highlighted: ReadonlySet<NodeId>;
  readonly onSelect?: (node: NodeId) => void;
  /** How often figures are redrawn, at most (ms). */
  readonly refreshMs: number;
}

const PAGE = 10;

function ariaSort(sort: GridSort, by: GridSort["by"]) {
  if (sort.by !== by) return "none" as const;
  return sort.descending ? ("descending" as const) : ("ascending" as const);
}

/**
 * The rows as an ARIA grid, virtualised: only the rows in view (and a few either side) are
 * in the document, so 100k rows cost what 40 do. The grid takes focus as one control; arrow
 * keys, Page Up/Down, Home and End move the active row (aria-activedescendant), Enter or Space
 * selects it, as a click does. The selection is the workspace's, shared with the outline and
 * the inspector.
 */
export function GridTable({
  store,
  hierarchy,
  rows,
  columns,
  label,
  sort,
  onSort,
  rowHeight,
  selected,
  highlighted,
  onSelect,
  refreshMs,
}: Props) {
  const view = useThrottledView(store, refreshMs);
  const figures = figuresFor(view, hierarchy);
  const scrollRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const [active, setActive] = useState<NodeId | null>(selected);
  const activeIndex = active === null ? -1 : rows.indexOf(active);
  // The active row is always in the document, in view or not, so aria-activedescendant never
  // points at nothing (before a scroll lands, or when the rows were re-ordered under it).
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  // The virtualiser's functions read its live state; this component re-renders with every
  // commit of the store anyway, so nothing is memoised across them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    rangeExtractor,
    initialRect: { width: 800, height: 600 },
  });

  // A selection made elsewhere (the outline, search) becomes the active row and is scrolled to.
  useEffect(() => {
    if (selected === null) return;
    setActive(selected);
    const index = selected === null ? -1 : rows.indexOf(selected);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
    // Only a change of selection scrolls; a re-sort must not pull the view back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);

  const moveTo = (index: number) => {
    if (rows.length === 0) return;
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    setActive(rows[clamped]!);
    virtualizer.scrollToIndex(clamped, { align: "auto" });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const from = activeIndex;
    switch (event.key) {
      case "ArrowDown":
        moveTo(from < 0 ? 0 : from + 1);
        break;
      case "ArrowUp":
        moveTo(from < 0 ? 0 : from - 1);
        break;
      case "PageDown":
        moveTo(from + PAGE);
        break;
      case "PageUp":
        moveTo(from - PAGE);
        break;
      case "Home":
        moveTo(0);
        break;
      case "End":
        moveTo(rows.length - 1);
        break;
      case "Enter":
      case " ":
        if (from >= 0 && onSelect) onSelect(rows[from]!);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const onPick = useCallback(
    (node: NodeId) => {
      setActive(node);
      onSelect?.(node);
    },
    [onSelect],
  );

  const rowId = (index: number) => `${baseId}-row-${index}`;

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      aria-activedescendant={activeIndex >= 0 ? rowId(activeIndex) : undefined}
      tabIndex={0}
      className="grid-scroll"
      style={{
        ["--grid-figures" as string]: columns.length,
        ["--grid-row" as string]: `${rowHeight}px`,
      }}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row grid-head-row">
          <div role="columnheader" aria-sort={ariaSort(sort, "name")} className="grid-cell">
            {onSort ? (
              <button type="button" className="grid-sort" onClick={() => onSort("name")}>
                Name
                <SortMark sort={sort} by="name" />
              </button>
            ) : (
              <>
                Name
                <SortMark sort={sort} by="name" />
              </>
            )}
          </div>
          {columns.map((figure) => (
            <div
              key={figure}
              role="columnheader"
              aria-sort={ariaSort(sort, figure)}
              className="grid-cell grid-figure"
              data-figure={figure}
            >
              {onSort ? (
                <button type="button" className="grid-sort" onClick={() => onSort(figure)}>
                  {FIGURES[figure].label}
                  <SortMark sort={sort} by={figure} />
                </button>
              ) : (
                <>
                  {FIGURES[figure].label}
                  <SortMark sort={sort} by={figure} />
                </>
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const node = rows[item.index]!;
          return (
            <GridRow
              key={node}
              store={store}
              hierarchy={hierarchy}
              node={node}
              stats={figures?.[node]}
              columns={columns}
              thresholds={view.thresholds}
              id={rowId(item.index)}
              rowIndex={item.index + 2}
              top={item.start}
              height={rowHeight}
              selected={node === selected}
              highlighted={highlighted.has(node)}
              active={item.index === activeIndex}
              onPick={onPick}
            />
          );
        })}
      </div>
    </div>
  );
}

function SortMark({ sort, by }: { readonly sort: GridSort; readonly by: GridSort["by"] }) {
  if (sort.by !== by) return null;
  return (
    <span className="grid-sort-mark" aria-hidden="true">
      {sort.descending ? "▼" : "▲"}
    </span>
  );
}
