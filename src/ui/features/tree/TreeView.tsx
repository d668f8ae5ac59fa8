import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import type { NodeId } from "../../../model/config/ids";
import { findingsOfNode } from "../../shared/hierarchy/findingsOfNode";
import { maxLevelOf } from "../../shared/hierarchy/maxLevelOf";
import { openLevelOf } from "../../shared/hierarchy/openLevelOf";
import { openToLevel } from "../../shared/hierarchy/openToLevel";
import { useShownHierarchy } from "../../shared/shownHierarchy/ShownHierarchyContext";
import { useReviewSlots } from "../../shared/reviewSlots/ReviewSlots";
import { useStatsSlots } from "../../shared/statsSlots/StatsSlots";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { cullToViewport, type Viewport } from "./cullToViewport";
import { DrawnBlockList } from "./DrawnBlockList";
import { createDrawnViewStore } from "./drawnViewStore";
import { drawTreeCanvas, LABEL_FONT } from "./drawTreeCanvas";
import { centreOn, fitTransform, MAX_SCALE, MIN_SCALE } from "./fitTransform";
import {
  indexOfNode,
  layoutTree,
  nodeAtIndex,
  NODE_HEIGHT,
  NODE_WIDTH,
  type TreeLayout,
} from "../../shared/tree/layoutTree";
import { cachedMeasure, frameLevelOfDetail } from "./frameLevelOfDetail";
import { CARD_MIN_SCALE, constrainX, horizontalScale } from "./lodScale";
import { centreViewOn } from "./overviewTransform";
import type { PlacedLabel } from "./placeLabels";
import type { LevelOfDetail } from "./planLevelOfDetail";
import { indexSubtrees } from "./subtreeIndex";
import { blockAt, zoomToBlock } from "./zoomToBlock";
import { severityCodes } from "./severityCodes";
import { shownChildCount } from "../../shared/hierarchy/ShownNodes";
import { readThemeColors, type ThemeColors } from "./themeColors";
import { TreeCard } from "./TreeCard";
import { TreeOverview } from "./TreeOverview";
import { TreeToolbar } from "./TreeToolbar";
import "./TreeView.css";

/** Cards (readable DOM nodes) are drawn only at or above CARD_MIN_SCALE and below this count. */
const MAX_CARDS = 280;
/** Text widths measured for labels, kept while the set of labels on screen stays small. */
const MEASURED_LIMIT = 5000;

interface CardSet {
  readonly layout: TreeLayout;
  readonly indices: readonly number[];
  /** The region (layout units) the cards cover; panning inside it re-renders nothing. */
  readonly region: Viewport;
}

const contains = (outer: Viewport, inner: Viewport) =>
  inner.left >= outer.left &&
  inner.top >= outer.top &&
  inner.right <= outer.right &&
  inner.bottom <= outer.bottom;

/**
 * The tidy tree. Links (and, zoomed out, the nodes as bars) are drawn on a canvas at every
 * frame from the culled part of the layout; readable cards are DOM elements, only for the
 * nodes on screen and only when few enough are, so the DOM stays small whatever the tree's
 * size. Pan and zoom move one transformed layer and redraw the canvas, without React.
 */
export function TreeView() {
  const { view, dispatch, highlighted, findingsByObject, reveal } = useWorkspace();
  const { renderNodeStats, renderLegend } = useStatsSlots();
  // What is laid out: the whole hierarchy, or the part a filter or focus keeps.
  const shownHierarchy = useShownHierarchy();
  const { hierarchy, top, shown: shownMask } = shownHierarchy;
  const shownNodes = useMemo(
    () => ({ hierarchy, top, shown: shownMask }),
    [hierarchy, top, shownMask],
  );
  const layout = useMemo(() => layoutTree(shownNodes, view.expanded), [shownNodes, view.expanded]);
  // Levels count from the top rows, over what a focus or filter keeps, not the whole tree.
  const maxLevel = useMemo(() => maxLevelOf(shownNodes), [shownNodes]);
  const openLevel = useMemo(
    () => openLevelOf(shownNodes, view.expanded, maxLevel),
    [shownNodes, maxLevel, view.expanded],
  );
  const severity = useMemo(
    () => severityCodes(layout, findingsByObject),
    [layout, findingsByObject],
  );
  const subtrees = useMemo(() => indexSubtrees(layout, severity), [layout, severity]);
  const [drawnView] = useState(createDrawnViewStore);
  const selectedAt = indexOfNode(layout, view.selected);
  const selectedIndex = selectedAt < 0 ? null : selectedAt;
  const highlightedIndices = useMemo(() => {
    const set = new Set<number>();
    for (const node of highlighted) {
      const i = indexOfNode(layout, node);
      if (i >= 0) set.add(i);
    }
    return set;
  }, [highlighted, layout]);

  const { changeMarkOf } = useReviewSlots();
  const changedIndices = useMemo(() => {
    const set = new Set<number>();
    if (!changeMarkOf) return set;
    for (let i = 0; i < layout.nodes.length; i++) {
      if (changeMarkOf(nodeAtIndex(layout, i)) !== null) set.add(i);
    }
    return set;
  }, [layout, changeMarkOf]);

  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const sizeRef = useRef({ width: 0, height: 0 });
  const colorsRef = useRef<ThemeColors | null>(null);
  const frameRef = useRef(0);
  const paintedRef = useRef(false);
  const [cards, setCards] = useState<CardSet | null>(null);
  const cardsRef = useRef<CardSet | null>(null);
  const measuredRef = useRef(new Map<string, number>());
  const lodRef = useRef<LevelOfDetail | null>(null);
  const current = useRef({
    layout,
    severity,
    subtrees,
    selectedIndex,
    highlightedIndices,
    changedIndices,
  });

  const draw = useCallback(() => {
    const container = containerRef.current;
    const canvas = canvasRef.current;
    const { width, height } = sizeRef.current;
    if (!container || !canvas || width === 0 || height === 0) return;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    colorsRef.current ??= readThemeColors(container);
    const { layout, severity, subtrees, selectedIndex, highlightedIndices, changedIndices } =
      current.current;
    const t = transformRef.current;
    const kx = horizontalScale(t.k, layout.width, width);
    const viewport: Viewport = {
      left: -t.x / kx,
      top: -t.y / t.k,
      right: (width - t.x) / kx,
      bottom: (height - t.y) / t.k,
    };
    drawnView.setViewport(viewport);
    // Above the cards' scale only the nodes on screen are looked at; below it the level of
    // detail visits only what is on screen and outside blocks.
    const visible = t.k >= CARD_MIN_SCALE ? cullToViewport(layout, viewport) : [];
    const detailed = t.k >= CARD_MIN_SCALE && visible.length <= MAX_CARDS;
    let linkIndices: readonly number[] = visible;
    let lod: LevelOfDetail | null = null;
    let labels: readonly PlacedLabel[] = [];
    if (detailed) {
      let set = cardsRef.current;
      if (!set || set.layout !== layout || !contains(set.region, viewport)) {
        const marginX = (viewport.right - viewport.left) * 0.4;
        const marginY = (viewport.bottom - viewport.top) * 0.4;
        const region = {
          left: viewport.left - marginX,
          top: viewport.top - marginY,
          right: viewport.right + marginX,
          bottom: viewport.bottom + marginY,
        };
        const around = cullToViewport(layout, region);
        set =
          around.length <= MAX_CARDS
            ? { layout, indices: around, region }
            : { layout, indices: visible, region: viewport };
        cardsRef.current = set;
        setCards(set);
      }
      linkIndices = set.indices;
      drawnView.setBlocks([]);
    } else {
      if (cardsRef.current !== null) {
        cardsRef.current = null;
        setCards(null);
      }
      ctx.font = LABEL_FONT;
      const screen = { k: t.k, kx, tx: t.x, ty: t.y, width, height };
      const measure = cachedMeasure(ctx, measuredRef.current, MEASURED_LIMIT);
      const frame = frameLevelOfDetail(layout, subtrees, severity, screen, measure);
      lod = frame.lod;
      labels = frame.labels;
      drawnView.setBlocks(frame.drawnBlocks);
    }
    const pixelRatio = window.devicePixelRatio || 1;
    lodRef.current = lod;
    drawTreeCanvas(ctx, {
      layout,
      transform: t,
      kx,
      indices: linkIndices,
      cards: detailed,
      lod,
      subtrees,
      labels,
      severity,
      highlighted: highlightedIndices,
      changed: changedIndices,
      selected: selectedIndex,
      colors: colorsRef.current,
      width,
      height,
      pixelRatio,
    });
    const layer = layerRef.current;
    if (layer) layer.style.transform = `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
    container.dataset.drawn = String(
      lod ? lod.nodes.length + lod.blocks.length : linkIndices.length,
    );
    container.dataset.blocks = String(lod ? lod.blocks.length : 0);
    container.dataset.laidOut = String(layout.nodes.length);
    if (!paintedRef.current && layout.nodes.length > 0) {
      paintedRef.current = true;
      requestAnimationFrame(() => performance.mark("campaign-lens:first-tree-paint"));
    }
  }, [drawnView]);

  const schedule = useCallback(() => {
    if (frameRef.current) return;
    frameRef.current = requestAnimationFrame(() => {
      frameRef.current = 0;
      draw();
    });
  }, [draw]);

  // Fit may need a scale far below the usual floor to show a tree opened to its leaves; the
  // wheel must be able to zoom back out to it.
  const widenScaleExtent = useCallback(() => {
    const { layout } = current.current;
    const { width, height } = sizeRef.current;
    const fitted = fitTransform(layout.width, layout.height, width, height).k;
    zoomRef.current?.scaleExtent([Math.min(MIN_SCALE, fitted / 2), MAX_SCALE]);
  }, []);

  const applyTransform = useCallback((t: ZoomTransform) => {
    const container = containerRef.current;
    if (container && zoomRef.current) select(container).call(zoomRef.current.transform, t);
    else transformRef.current = t;
  }, []);

  useLayoutEffect(() => {
    const container = containerRef.current!;
    const behaviour = zoom<HTMLDivElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .constrain((transform) => {
        const x = constrainX(
          transform.x,
          transform.k,
          current.current.layout.width,
          sizeRef.current.width,
        );
        return x === transform.x
          ? transform
          : zoomIdentity.translate(x, transform.y).scale(transform.k);
      })
      .on("zoom", (event: { transform: ZoomTransform }) => {
        transformRef.current = event.transform;
        schedule();
      });
    zoomRef.current = behaviour;
    const selection = select(container);
    selection.call(behaviour).on("dblclick.zoom", null);
    selection.call(behaviour.transform, transformRef.current);

    const resize = () => {
      const canvas = canvasRef.current!;
      const rect = container.getBoundingClientRect();
      sizeRef.current = { width: rect.width, height: rect.height };
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(rect.width * ratio);
      canvas.height = Math.round(rect.height * ratio);
      canvas.style.width = `${rect.width}px`;
      canvas.style.height = `${rect.height}px`;
      widenScaleExtent();
      draw();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(container);
    resize();
    const scheme = window.matchMedia("(prefers-color-scheme: dark)");
    const onScheme = () => {
      colorsRef.current = null;
      schedule();
    };
    scheme.addEventListener("change", onScheme);
    return () => {
      observer.disconnect();
      scheme.removeEventListener("change", onScheme);
      selection.on(".zoom", null);
      cancelAnimationFrame(frameRef.current);
      frameRef.current = 0;
    };
  }, [draw, schedule, widenScaleExtent]);

  const fit = useCallback(() => {
    const { width, height } = sizeRef.current;
    widenScaleExtent();
    applyTransform(fitTransform(layout.width, layout.height, width, height));
  }, [applyTransform, layout, widenScaleExtent]);

  const centre = useCallback(
    (node: NodeId) => {
      const i = indexOfNode(layout, node);
      if (i < 0) return;
      const { width, height } = sizeRef.current;
      const k = Math.max(transformRef.current.k, 0.9);
      applyTransform(centreOn(layout.x[i]!, layout.y[i]!, k, width, height));
    },
    [applyTransform, layout],
  );

  // Keep the node the user is working on still when the layout changes under it, and bring a
  // node selected elsewhere (the outline, the keyboard) into view when it is off screen.
  const previous = useRef<{
    layout: TreeLayout;
    revealCount: number;
    selected: NodeId | null;
  } | null>(null);
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = { layout, revealCount: view.revealCount, selected: view.selected };
    current.current = {
      layout,
      severity,
      subtrees,
      selectedIndex,
      highlightedIndices,
      changedIndices,
    };
    const { width, height } = sizeRef.current;
    widenScaleExtent();
    if (!before) {
      if (view.selected !== null && indexOfNode(layout, view.selected) >= 0) {
        centre(view.selected);
      } else {
        const fitted = fitTransform(layout.width, layout.height, width, height);
        if (fitted.k >= 0.5 || layout.nodes.length === 0) applyTransform(fitted);
        else {
          const k = 0.85;
          const firstY = layout.y[0]! + NODE_HEIGHT / 2;
          applyTransform(zoomIdentity.translate(24, height / 2 - firstY * k).scale(k));
        }
      }
    } else if (before.revealCount !== view.revealCount && view.selected !== null) {
      centre(view.selected);
    } else if (before.layout !== layout) {
      const anchor = view.focused ?? view.selected;
      const was = indexOfNode(before.layout, anchor);
      const now = indexOfNode(layout, anchor);
      if (was >= 0 && now >= 0) {
        const t = transformRef.current;
        const kx = horizontalScale(t.k, layout.width, width);
        const dx = (layout.x[now]! - before.layout.x[was]!) * kx;
        const dy = (layout.y[now]! - before.layout.y[was]!) * t.k;
        applyTransform(zoomIdentity.translate(t.x - dx, t.y - dy).scale(t.k));
      }
    } else if (before.selected !== view.selected && view.selected !== null) {
      const i = indexOfNode(layout, view.selected);
      const t = transformRef.current;
      if (i >= 0) {
        const left = layout.x[i]! * t.k + t.x;
        const top = layout.y[i]! * t.k + t.y;
        const outside =
          left < 0 ||
          top < 0 ||
          left + NODE_WIDTH * t.k > width ||
          top + NODE_HEIGHT * t.k > height;
        if (outside) applyTransform(centreOn(layout.x[i]!, layout.y[i]!, t.k, width, height));
      }
    }
    draw();
  }, [
    layout,
    severity,
    subtrees,
    selectedIndex,
    highlightedIndices,
    changedIndices,
    view.revealCount,
    view.selected,
    view.focused,
    centre,
    applyTransform,
    widenScaleExtent,
    draw,
  ]);

  const onSelect = useCallback((id: NodeId) => dispatch({ type: "select", id }), [dispatch]);
  const onToggle = useCallback(
    (id: NodeId) => {
      dispatch({ type: "focus", id });
      dispatch({ type: "toggle", id });
    },
    [dispatch],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const container = containerRef.current;
    const behaviour = zoomRef.current;
    if (!container || !behaviour) return;
    const step = 80 / transformRef.current.k;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (move) select(container).call(behaviour.translateBy, move[0], move[1]);
    else if (event.key === "+" || event.key === "=") select(container).call(behaviour.scaleBy, 1.5);
    else if (event.key === "-") select(container).call(behaviour.scaleBy, 1 / 1.5);
    else if (event.key === "0") fit();
    else return;
    event.preventDefault();
  };

  const centreOnPoint = useCallback(
    (x: number, y: number) => {
      const { width, height } = sizeRef.current;
      const k = transformRef.current.k;
      const kx = horizontalScale(k, layout.width, width);
      applyTransform(centreViewOn(x, y, k, kx, width, height));
    },
    [applyTransform, layout],
  );

  // A click (d3-zoom swallows the one that ends a drag) on a block zooms to it.
  const onStageClick = (event: MouseEvent<HTMLDivElement>) => {
    const lod = lodRef.current;
    const container = containerRef.current;
    if (!lod || !container || event.target !== canvasRef.current) return;
    const box = container.getBoundingClientRect();
    const click = [event.clientX - box.left, event.clientY - box.top] as const;
    const block = blockAt(lod, click[0], click[1]);
    if (!block) return;
    const view = { ...sizeRef.current, transform: transformRef.current };
    applyTransform(zoomToBlock(layout, subtrees, block, view, click));
  };

  const cardIndices = cards && cards.layout === layout ? cards.indices : [];
  return (
    <section className="tree-view" aria-label="Tree view">
      <TreeToolbar
        maxLevel={maxLevel}
        level={openLevel}
        canReveal={view.selected !== null}
        onFit={fit}
        onZoom={(factor) => {
          const container = containerRef.current;
          if (container && zoomRef.current) select(container).call(zoomRef.current.scaleBy, factor);
        }}
        onLevel={(level) => dispatch({ type: "setExpanded", ids: openToLevel(shownNodes, level) })}
        onReveal={() => view.selected !== null && reveal(view.selected)}
      />
      <div
        ref={containerRef}
        className="tree-stage"
        tabIndex={0}
        role="region"
        aria-label="Tree drawing: drag or use the arrow keys to pan, + and − to zoom, 0 to fit"
        onKeyDown={onKeyDown}
        onClick={onStageClick}
      >
        <canvas ref={canvasRef} className="tree-canvas" aria-hidden="true" />
        <DrawnBlockList store={drawnView} />
        <div ref={layerRef} className="tree-layer">
          {cardIndices.map((i) => {
            const node = nodeAtIndex(layout, i);
            return (
              <TreeCard
                key={node}
                hierarchy={hierarchy}
                node={node}
                x={layout.x[i]!}
                y={layout.y[i]!}
                childCount={layout.hasChildren[i] ? shownChildCount(shownNodes, node) : 0}
                expanded={view.expanded.has(node)}
                selected={view.selected === node}
                highlighted={highlighted.has(node)}
                findings={findingsOfNode(hierarchy, node, findingsByObject)}
                stats={renderNodeStats?.(node) ?? null}
                onSelect={onSelect}
                onToggle={onToggle}
              />
            );
          })}
        </div>
        {shownHierarchy.empty && (
          <div className="filter-empty">
            <p>{shownHierarchy.empty}</p>
            <button type="button" className="button" onClick={shownHierarchy.showAll}>
              Show all objects
            </button>
          </div>
        )}
        {layout.nodes.length > 0 && (
          <TreeOverview
            layout={layout}
            subtrees={subtrees}
            severity={severity}
            store={drawnView}
            onCentre={centreOnPoint}
          />
        )}
      </div>
      {renderLegend?.()}
    </section>
  );
}
