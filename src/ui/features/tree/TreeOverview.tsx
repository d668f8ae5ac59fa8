import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import { drawOverview } from "./drawOverview";
import type { DrawnViewStore } from "./drawnViewStore";
import type { TreeLayout } from "../../shared/tree/layoutTree";
import { loadOverviewHidden, saveOverviewHidden } from "./overviewStorage";
import {
  fromOverview,
  overviewMapping,
  overviewRect,
  type OverviewMapping,
} from "./overviewTransform";
import type { SubtreeIndex } from "./subtreeIndex";
import { readThemeColors } from "./themeColors";
import "./TreeOverview.css";

interface Props {
  readonly layout: TreeLayout;
  readonly subtrees: SubtreeIndex;
  readonly severity: Uint8Array;
  readonly store: DrawnViewStore;
  /** Moves the tree view so that the layout point (x, y) is in its middle. */
  readonly onCentre: (x: number, y: number) => void;
}

// The tree stage pans and zooms on these (d3-zoom listens on it): the overview keeps its own.
const STOPPED = ["mousedown", "wheel", "touchstart", "dblclick"] as const;

/**
 * The whole tree small in a corner of the tree view, with a rectangle where the view is. A click
 * or a drag moves the view there; focused, the arrow keys, Page Up/Down, Home and End move it.
 * It can be hidden (kept in local storage), leaving a button to show it again.
 */
export function TreeOverview({ layout, subtrees, severity, store, onCentre }: Props) {
  const [hidden, setHidden] = useState(loadOverviewHidden);
  const rootRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rectRef = useRef<HTMLDivElement>(null);
  const mappingRef = useRef<OverviewMapping | null>(null);

  const toggle = (next: boolean) => {
    setHidden(next);
    saveOverviewHidden(next);
  };

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const stop = (event: Event) => event.stopPropagation();
    for (const type of STOPPED) root.addEventListener(type, stop);
    return () => {
      for (const type of STOPPED) root.removeEventListener(type, stop);
    };
  }, []);

  const placeRect = useCallback(() => {
    const view = store.getViewport();
    const m = mappingRef.current;
    const rect = rectRef.current;
    const map = mapRef.current;
    if (!view || !m || !rect || !map) return;
    const box = overviewRect(m, view);
    rect.style.transform = `translate(${box.left}px, ${box.top}px)`;
    rect.style.width = `${box.width}px`;
    rect.style.height = `${box.height}px`;
    const height = Math.max(1, layout.height);
    const from = Math.round((100 * Math.max(0, view.top)) / height);
    const to = Math.round((100 * Math.min(height, view.bottom)) / height);
    const now = Math.min(100, Math.max(0, from));
    map.setAttribute("aria-valuenow", String(now));
    map.setAttribute(
      "aria-valuetext",
      `Showing ${Math.min(100, Math.max(0, from))}% to ${Math.min(100, Math.max(0, to))}% of the tree, from the top`,
    );
  }, [store, layout]);

  useLayoutEffect(() => {
    if (hidden) return;
    const canvas = canvasRef.current;
    const map = mapRef.current;
    if (!canvas || !map) return;
    const paint = () => {
      const width = map.clientWidth;
      const height = map.clientHeight;
      const pixelRatio = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * pixelRatio);
      canvas.height = Math.round(height * pixelRatio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      const m = overviewMapping(layout.width, layout.height, width, height);
      mappingRef.current = m;
      const ctx = canvas.getContext("2d");
      if (ctx) {
        const colors = readThemeColors(map);
        drawOverview(ctx, layout, subtrees, severity, m, colors, { width, height, pixelRatio });
      }
      placeRect();
    };
    paint();
    const scheme = window.matchMedia("(prefers-color-scheme: dark)");
    scheme.addEventListener("change", paint);
    const unsubscribe = store.subscribeViewport(placeRect);
    return () => {
      scheme.removeEventListener("change", paint);
      unsubscribe();
    };
  }, [hidden, layout, subtrees, severity, store, placeRect]);

  const centreAt = (event: PointerEvent<HTMLDivElement>) => {
    const m = mappingRef.current;
    if (!m) return;
    const box = event.currentTarget.getBoundingClientRect();
    const [x, y] = fromOverview(m, event.clientX - box.left, event.clientY - box.top);
    onCentre(Math.min(layout.width, Math.max(0, x)), Math.min(layout.height, Math.max(0, y)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const view = store.getViewport();
    if (!view) return;
    const w = view.right - view.left;
    const h = view.bottom - view.top;
    let x = (view.left + view.right) / 2;
    let y = (view.top + view.bottom) / 2;
    if (event.key === "ArrowUp") y -= h / 2;
    else if (event.key === "ArrowDown") y += h / 2;
    else if (event.key === "PageUp") y -= h;
    else if (event.key === "PageDown") y += h;
    else if (event.key === "Home") y = Math.min(h / 2, layout.height / 2);
    else if (event.key === "End") y = Math.max(layout.height - h / 2, layout.height / 2);
    else if (event.key === "ArrowLeft") x -= w / 2;
    else if (event.key === "ArrowRight") x += w / 2;
    else return;
    event.preventDefault();
    event.stopPropagation();
    onCentre(Math.min(layout.width, Math.max(0, x)), Math.min(layout.height, Math.max(0, y)));
  };

  return (
    <div ref={rootRef} className="tree-overview">
      {hidden ? (
        <button
          type="button"
          className="button tree-overview-show"
          aria-label="Show overview"
          onClick={() => toggle(false)}
        >
          Overview
        </button>
      ) : (
        <div className="tree-overview-panel">
          <div className="tree-overview-head">
            <span aria-hidden="true">Overview</span>
            <button
              type="button"
              className="tree-overview-hide"
              aria-label="Hide overview"
              onClick={() => toggle(true)}
            >
              Hide
            </button>
          </div>
          <div
            ref={mapRef}
            className="tree-overview-map"
            role="slider"
            tabIndex={0}
            aria-label="Overview of the whole tree: click or drag to move the view, or use the arrow keys, Page Up, Page Down, Home and End"
            aria-orientation="vertical"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={0}
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture?.(event.pointerId);
              centreAt(event);
            }}
            onPointerMove={(event) => {
              if (event.currentTarget.hasPointerCapture?.(event.pointerId)) centreAt(event);
            }}
            onPointerUp={(event) => event.currentTarget.releasePointerCapture?.(event.pointerId)}
            onKeyDown={onKeyDown}
          >
            <canvas ref={canvasRef} className="tree-overview-canvas" aria-hidden="true" />
            <div ref={rectRef} className="tree-overview-view" aria-hidden="true" />
          </div>
        </div>
      )}
    </div>
  );
}
