import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import type { NodeId } from "../../../model/config/ids";
import { findingsOfNode } from "../../shared/hierarchy/findingsOfNode";
import { hasShownChildren } from "../../shared/hierarchy/ShownNodes";
import { useStatsSlots } from "../../shared/statsSlots/StatsSlots";
import { rowNode, rowOf, visibleRows } from "../../shared/viewState/visibleRows";
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
  const { hierarchy, view, dispatch, highlighted, findingsByObject } = useWorkspace();
  const { renderNodeStats } = useStatsSlots();
  const shown = useShownHierarchy();
  const rows = useMemo(() => visibleRows(shown, view.expanded), [shown, view.expanded]);
  const focusedIndex = useMemo(
    () => (view.focused !== null ? rowOf(rows, view.focused) : -1),
    [rows, view.focused],
  );
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
    (node: NodeId) => dispatch({ type: "select", id: node }),
    [dispatch],
  );
  const onToggle = useCallback(
    (node: NodeId) => dispatch({ type: "toggle", id: node }),
    [dispatch],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const actions = outlineKeyActions(event.key, shown, rows, focusedIndex, view.expanded);
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
      const match = typeAheadMatch(hierarchy, rows, focusedIndex, state.text);
      if (match >= 0) dispatch({ type: "focus", id: rowNode(rows, match) });
    }
  };

  const onFocus = () => {
    if (focusedIndex < 0 && rows.length > 0) {
      dispatch({ type: "focus", id: view.selected ?? rowNode(rows, 0) });
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
          const i = item.index;
          const node = rowNode(rows, i);
          return (
            <OutlineRow
              key={node}
              hierarchy={hierarchy}
              node={node}
              level={rows.level[i]!}
              posInSet={rows.posInSet[i]!}
              setSize={rows.setSize[i]!}
              hasChildren={hasShownChildren(shown, node)}
              domId={`outline-row-${i}`}
              expanded={view.expanded.has(node)}
              selected={view.selected === node}
              focused={view.focused === node}
              highlighted={highlighted.has(node)}
              shared={hierarchy.isShared(node)}
              findings={findingsOfNode(hierarchy, node, findingsByObject)}
              stats={renderNodeStats?.(node) ?? null}
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
