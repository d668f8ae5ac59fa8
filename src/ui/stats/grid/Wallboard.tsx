import { useEffect, useId, useRef, useState } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { FigureName } from "../../../model/stats/Figure";
import type { StatsStore } from "../StatsStore";
import type { StatsView } from "../StatsView";
import { useStatsView } from "../useStatsView";
import { GridTable } from "./GridTable";
import type { GridSort } from "./sortGridRows";

interface Props {
  readonly store: StatsStore;
  readonly title: string;
  /** The hierarchy the rows are nodes of (the workspace's). */
  readonly hierarchy: Hierarchy;
  readonly rows: readonly NodeId[];
  readonly total: number;
  readonly columns: readonly FigureName[];
  readonly sort: GridSort;
  readonly selected: NodeId | null;
  readonly highlighted: ReadonlySet<NodeId>;
  readonly onExit: () => void;
  readonly refreshMs: number;
}

const TIME = new Intl.DateTimeFormat(undefined, {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** What the wall says about its figures: live, or the last ones kept while the feed is down. */
function feedStatus(view: Pick<StatsView, "source" | "connection" | "lastUpdateAt">): {
  readonly text: string;
  readonly down: boolean;
} {
  const at = view.lastUpdateAt === null ? null : TIME.format(view.lastUpdateAt);
  if (view.source === "off") return { text: "Statistics off", down: false };
  if (view.connection === "connected") {
    return { text: view.source === "simulated" ? "Simulated" : "Live", down: false };
  }
  const state =
    view.connection === "offline"
      ? "Offline"
      : view.connection === "reconnecting"
        ? "Reconnecting"
        : "Connecting";
  return { text: at ? `${state}: showing figures from ${at}` : `${state}…`, down: at !== null };
}

/**
 * The grid full screen for a wall: large type, nothing to operate but a small exit in the
 * corner (Esc works too). A modal dialog, so it lies over everything and the page behind it is
 * inert. When the feed drops, the last figures stay with a "Reconnecting" line over them, and
 * the rows go on updating once it is back; a reloaded configuration remounts it in place
 * (it is kept in the address, `wallboard=1`).
 */
export function Wallboard({
  store,
  title,
  hierarchy,
  rows,
  total,
  columns,
  sort,
  selected,
  highlighted,
  onExit,
  refreshMs,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const source = useStatsView(store, (view) => view.source);
  const connection = useStatsView(store, (view) => view.connection);
  const lastUpdateAt = useStatsView(store, (view) => view.lastUpdateAt);
  const status = feedStatus({ source, connection, lastUpdateAt });
  const rowHeight = useWallRowHeight();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  // Leaving the browser's full screen (its own Esc) leaves the wallboard as well.
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement === null) onExit();
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [onExit]);

  const exit = () => {
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
    onExit();
  };

  return (
    <dialog
      ref={ref}
      className="grid-wallboard"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        exit();
      }}
      onClose={() => {
        if (ref.current?.isConnected) exit();
      }}
    >
      <header className="wallboard-header">
        <h2 id={titleId} className="wallboard-title">
          {title}
          <span className="wallboard-count">
            {rows.length === total ? total : `${rows.length} of ${total}`}
          </span>
        </h2>
        <p
          className="wallboard-status"
          role="status"
          data-connection={connection}
          data-down={status.down || undefined}
        >
          {status.text}
        </p>
        <button type="button" className="wallboard-exit" onClick={exit}>
          Exit wallboard <kbd>Esc</kbd>
        </button>
      </header>
      {rows.length === 0 ? (
        <p className="wallboard-empty">No {title.toLowerCase()} to show.</p>
      ) : (
        <div className="wallboard-grid" data-down={status.down || undefined}>
          <GridTable
            store={store}
            hierarchy={hierarchy}
            rows={rows}
            columns={columns}
            label={title}
            sort={sort}
            rowHeight={rowHeight}
            selected={selected}
            highlighted={highlighted}
            refreshMs={refreshMs}
          />
        </div>
      )}
    </dialog>
  );
}

/** Rows tall enough to read across a room, smaller on a small screen. */
function useWallRowHeight(): number {
  const query = "(min-width: 1000px) and (min-height: 700px)";
  const [large, setLarge] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const onChange = () => setLarge(list.matches);
    list.addEventListener("change", onChange);
    return () => list.removeEventListener("change", onChange);
  }, []);
  return large ? 64 : 44;
}
