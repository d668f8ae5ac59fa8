import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import "./PaneRail.css";

interface Props {
  /** The pane's name as a person reads it ("side panel", "inspector"). */
  readonly label: string;
  /** The id of the pane the rail resizes. */
  readonly controls: string;
  /** Side by side the rail is a vertical bar that moves sideways; stacked, a horizontal one. */
  readonly orientation: "vertical" | "horizontal";
  /**
   * +1 when moving the rail right (or down) makes the pane bigger: the pane is before it;
   * -1 when the pane is after it.
   */
  readonly grows: 1 | -1;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly collapsed: boolean;
  /** False when there is nothing to resize (an empty inspector gives its room to the tree). */
  readonly resizable: boolean;
  readonly onResize: (value: number) => void;
  readonly onCollapsed: (collapsed: boolean) => void;
}

const STEP = 16;
const BIG_STEP = 64;

const ARROWS: Record<"vertical" | "horizontal", Record<string, 1 | -1>> = {
  vertical: { ArrowLeft: -1, ArrowRight: 1 },
  horizontal: { ArrowUp: -1, ArrowDown: 1 },
};

/**
 * The bar between a pane and the tree: a button that hides or shows the pane, and a window
 * splitter (WAI-ARIA separator) that resizes it by drag or keyboard. Arrows step by 16 px
 * (Shift: 64), Home and End go to the smallest and largest size, Enter hides or shows.
 */
export function PaneRail({
  label,
  controls,
  orientation,
  grows,
  value,
  min,
  max,
  collapsed,
  resizable,
  onResize,
  onCollapsed,
}: Props) {
  const drag = useRef<{ pointer: number; start: number; from: number } | null>(null);
  const clamp = (next: number) => Math.round(Math.min(max, Math.max(min, next)));
  const at = (event: PointerEvent) => (orientation === "vertical" ? event.clientX : event.clientY);
  const title = label.charAt(0).toUpperCase() + label.slice(1);

  const resize = (next: number) => {
    if (collapsed) onCollapsed(false);
    onResize(clamp(next));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const direction = ARROWS[orientation][event.key];
    if (direction !== undefined) {
      const step = event.shiftKey ? BIG_STEP : STEP;
      resize((collapsed ? min : value) + direction * grows * step);
    } else if (event.key === "Home") resize(min);
    else if (event.key === "End") resize(max);
    else if (event.key === "Enter") onCollapsed(!collapsed);
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { pointer: event.pointerId, start: at(event), from: collapsed ? min : value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.pointer !== event.pointerId) return;
    resize(current.from + (at(event) - current.start) * grows);
  };
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.pointer !== event.pointerId) return;
    drag.current = null;
    event.currentTarget.releasePointerCapture(event.pointerId);
  };

  // Which way the toggle's arrow points: towards where the pane goes (hide) or comes from (show).
  const towardsPane = orientation === "vertical" ? (grows > 0 ? "◂" : "▸") : grows > 0 ? "▴" : "▾";
  const awayFromPane = orientation === "vertical" ? (grows > 0 ? "▸" : "◂") : grows > 0 ? "▾" : "▴";
  return (
    <div className={`pane-rail pane-rail-${orientation}`}>
      <button
        type="button"
        className="pane-toggle"
        aria-expanded={!collapsed}
        aria-controls={controls}
        aria-label={collapsed ? `Show ${label}` : `Hide ${label}`}
        title={collapsed ? `Show ${label}` : `Hide ${label}`}
        onClick={() => onCollapsed(!collapsed)}
      >
        <span aria-hidden="true">{collapsed ? awayFromPane : towardsPane}</span>
      </button>
      {resizable && (
        <div
          role="separator"
          tabIndex={0}
          className="pane-separator"
          aria-orientation={orientation}
          aria-controls={controls}
          aria-label={`Resize ${label}`}
          aria-valuenow={collapsed ? min : value}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuetext={
            collapsed
              ? `${title} hidden`
              : `${title} ${value} pixels ${orientation === "vertical" ? "wide" : "high"}`
          }
          title={`Drag, or use the arrow keys, to resize the ${label}; Enter hides or shows it`}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
          onLostPointerCapture={() => (drag.current = null)}
        />
      )}
    </div>
  );
}
