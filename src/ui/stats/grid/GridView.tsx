import { useCallback, useId, useMemo, useState } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { FigureName } from "../../../model/stats/Figure";
import type { GridOptions } from "../../shared/statsSlots/StatsSlots";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import type { StatsStore } from "../StatsStore";
import type { GridFilter } from "./filterGridRows";
import { ColumnChooser } from "./ColumnChooser";
import { GRID_KIND_INFO, GRID_KINDS, type GridKind } from "./gridKinds";
import { gridRows } from "./gridRows";
import { columnsOf, loadGridSettings, saveGridSettings, type GridSettings } from "./gridSettings";
import { GridTable } from "./GridTable";
import type { GridSort } from "./sortGridRows";
import { useGridOrder } from "./useGridOrder";
import { Wallboard } from "./Wallboard";
import "./grid.css";

interface Props extends GridOptions {
  readonly store: StatsStore;
  /**
   * How often the cells redraw their figures, at most (ms): four times a second by default,
   * which a person reading numbers cannot outpace, where the store commits up to thirty.
   */
  readonly refreshMs?: number;
}

const NUMBER = new Intl.NumberFormat();

/**
 * The objects of one kind against chosen figures, in place of the tree: a toolbar (kind,
 * filter, columns, wallboard) over the grid; or, on a wall screen, the same rows full screen.
 * The kind, columns, order and filter are saved in this browser.
 */
export function GridView({ store, wallboard, onWallboard, refreshMs = 250 }: Props) {
  const { hierarchy, view, highlighted, reveal } = useWorkspace();
  const [settings, setSettings] = useState<GridSettings>(loadGridSettings);
  const kindId = useId();
  const filterId = useId();
  const levelId = useId();

  const update = useCallback((change: (was: GridSettings) => GridSettings) => {
    setSettings((was) => {
      const next = change(was);
      saveGridSettings(next);
      return next;
    });
  }, []);

  const { kind } = settings;
  const info = GRID_KIND_INFO[kind];
  const columns = useMemo(() => columnsOf(settings, kind), [settings, kind]);
  // A figure the kind does not show cannot order it: by name until it is shown again.
  const sort: GridSort = useMemo(
    () =>
      settings.sort.by === "name" || columns.includes(settings.sort.by)
        ? settings.sort
        : { by: "name", descending: false },
    [settings.sort, columns],
  );
  const rows = useMemo(() => gridRows(hierarchy, kind), [hierarchy, kind]);
  const shown = useGridOrder(store, hierarchy, rows, sort, settings.filter);

  const onSort = useCallback(
    (by: GridSort["by"]) =>
      update((was) => ({
        ...was,
        sort:
          was.sort.by === by
            ? { by, descending: !was.sort.descending }
            : // Figures start with the highest (worst) first; names from A.
              { by, descending: by !== "name" },
      })),
    [update],
  );
  const onSelect = useCallback((node: NodeId) => reveal(node), [reveal]);
  const setFilter = (patch: Partial<GridFilter>) =>
    update((was) => ({ ...was, filter: { ...was.filter, ...patch } }));
  const setColumns = (chosen: readonly FigureName[]) =>
    update((was) => ({ ...was, columns: { ...was.columns, [was.kind]: chosen } }));
  const resetColumns = () =>
    update((was) => {
      const rest = { ...was.columns };
      delete rest[was.kind];
      return { ...was, columns: rest };
    });

  if (wallboard) {
    return (
      <Wallboard
        store={store}
        title={info.label}
        hierarchy={hierarchy}
        rows={shown}
        total={rows.length}
        columns={columns}
        sort={sort}
        selected={view.selected}
        highlighted={highlighted}
        onExit={() => onWallboard(false)}
        refreshMs={refreshMs}
      />
    );
  }

  const count =
    shown.length === rows.length
      ? `${NUMBER.format(rows.length)} ${info.label.toLowerCase()}`
      : `${NUMBER.format(shown.length)} of ${NUMBER.format(rows.length)} ${info.label.toLowerCase()}`;

  return (
    <section className="grid-view" aria-label="Grid view">
      <div className="grid-toolbar" role="toolbar" aria-label="Grid view controls">
        <label htmlFor={kindId} className="grid-field">
          <span>Objects</span>
          <select
            id={kindId}
            className="select"
            value={kind}
            onChange={(event) =>
              update((was) => ({ ...was, kind: event.target.value as GridKind }))
            }
          >
            {GRID_KINDS.map((k) => (
              <option key={k} value={k}>
                {GRID_KIND_INFO[k].label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={filterId} className="grid-field">
          <span>Filter</span>
          <input
            id={filterId}
            className="input"
            type="search"
            placeholder="Name or id"
            value={settings.filter.text}
            onChange={(event) => setFilter({ text: event.target.value })}
          />
        </label>
        <label htmlFor={levelId} className="grid-field">
          <span>Show</span>
          <select
            id={levelId}
            className="select"
            value={settings.filter.level}
            onChange={(event) => setFilter({ level: event.target.value as GridFilter["level"] })}
          >
            <option value="all">All</option>
            <option value="warning">Over a threshold</option>
            <option value="alarm">In alarm</option>
          </select>
        </label>
        <ColumnChooser
          figures={info.figures}
          chosen={columns}
          onChange={setColumns}
          onReset={resetColumns}
        />
        <button
          type="button"
          className="button"
          onClick={() => {
            onWallboard(true);
            // A wall screen's browser is often in kiosk mode already; elsewhere full screen is
            // asked for while the click still counts as the user's gesture.
            document.documentElement.requestFullscreen?.().catch(() => undefined);
          }}
        >
          Wallboard
        </button>
        <span className="grid-count" role="status">
          {count}
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="panel-empty">This configuration has no {info.label.toLowerCase()}.</p>
      ) : shown.length === 0 ? (
        <p className="panel-empty">No {info.label.toLowerCase()} match the filter.</p>
      ) : (
        <GridTable
          store={store}
          hierarchy={hierarchy}
          rows={shown}
          columns={columns}
          label={info.label}
          sort={sort}
          onSort={onSort}
          rowHeight={34}
          selected={view.selected}
          highlighted={highlighted}
          onSelect={onSelect}
          refreshMs={refreshMs}
        />
      )}
    </section>
  );
}
