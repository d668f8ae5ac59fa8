import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { findingsOfNode } from "../../shared/hierarchy/findingsOfNode";
import { isShared } from "../../shared/hierarchy/NodeIndex";
import { useStatsSlots } from "../../shared/statsSlots/StatsSlots";
import type { VisibleRow } from "../../shared/viewState/visibleRows";
import { visibleRows } from "../../shared/viewState/visibleRows";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { outlineKeyActions, typeAheadMatch } from "./outlineKeyboard";
import { OutlineRow } from "./OutlineRow";
import { useShownHierarchy } from "../../shared/shownHierarchy/ShownHierarchyContext";
import "./Outline.css";

const ROW_HEIGHT = 40;
const TYPE_AHEAD_RESET_MS = 600;

/**
 * The hierarchy as an indented list following the WAI-ARIA tree pattern. Focus stays on the
 * tree element and `aria-activedescendant` names the focused row, because rows scrolled out of
 * the virtual window are not in the DOM to receive focus.
 */
export function Outline() {
  const { index, view, dispatch, highlighted, findingsByObject } = useWorkspace();
  const { renderNodeStats } = useStatsSlots();
  const shown = useShownHierarchy();
  const rows = useMemo(() => visibleRows(shown.root, view.expanded), [shown.root, view.expanded]);
  const rowOf = useMemo(() => new Map(rows.map((row, i) => [row.node.id, i])), [rows]);
  const focusedIndex = view.focused !== null ? (rowOf.get(view.focused) ?? -1) : -1;
  const scrollRef = useRef<HTMLDivElement>(null);
  const typed = useRef({ text: "", at: 0 });

  // The app is not built with the React Compiler, whose memoisation this warning is about;
  // the virtualiser re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 360, height: 600 },
  });

  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: "auto" });
  }, [focusedIndex, virtualizer, view.revealCount]);

  const onSelect = useCallback(
    (row: VisibleRow) => dispatch({ type: "select", id: row.node.id }),
    [dispatch],
  );
  const onToggle = useCallback(
    (row: VisibleRow) => dispatch({ type: "toggle", id: row.node.id }),
    [dispatch],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const actions = outlineKeyActions(event.key, rows, focusedIndex, view.expanded);
    if (actions) {
      event.preventDefault();
      for (const action of actions) dispatch(action);
      return;
    }
    if (event.key.length === 1 && event.key !== " ") {
      event.preventDefault();
      const now = event.timeStamp;
      const state = typed.current;
      state.text = now - state.at > TYPE_AHEAD_RESET_MS ? event.key : state.text + event.key;
      state.at = now;
      const match = typeAheadMatch(rows, focusedIndex, state.text);
      if (match >= 0) dispatch({ type: "focus", id: rows[match]!.node.id });
    }
  };

  const onFocus = () => {
    if (focusedIndex < 0 && rows.length > 0) {
      dispatch({ type: "focus", id: view.selected ?? rows[0]!.node.id });
    }
  };

  if (rows.length === 0 && shown.empty) {
    return (
      <div className="panel-empty">
        <p>{shown.empty}</p>
        <button type="button" className="button" onClick={shown.showAll}>
          Show all objects
        </button>
      </div>
    );
  }
  if (rows.length === 0) {
    return <p className="panel-empty">This configuration has no objects to show.</p>;
  }

  return (
    <div
      ref={scrollRef}
      className="outline"
      role="tree"
      aria-label="Hierarchy outline"
      tabIndex={0}
      aria-activedescendant={focusedIndex >= 0 ? `outline-row-${focusedIndex}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div role="none" className="outline-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const id = row.node.id;
          return (
            <OutlineRow
              key={id}
              row={row}
              domId={`outline-row-${item.index}`}
              expanded={view.expanded.has(id)}
              selected={view.selected === id}
              focused={view.focused === id}
              highlighted={highlighted.has(id)}
              shared={isShared(index, row.node)}
              findings={findingsOfNode(row.node, findingsByObject)}
              stats={renderNodeStats?.(row.node) ?? null}
              top={item.start}
              height={ROW_HEIGHT}
              onSelect={onSelect}
              onToggle={onToggle}
            />
          );
        })}
      </div>
    </div>
  );
}
