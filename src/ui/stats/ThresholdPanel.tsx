import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";
import { keepTabInside } from "../shared/keepTabInside";
import "./ThresholdPanel.css";

interface Props {
  readonly onClose: () => void;
  /**
   * What the panel stands above and never covers: the legend that holds the button which
   * opened it, so that this button stays in view and in reach while the panel is open.
   */
  readonly above: RefObject<HTMLElement | null>;
  readonly children: ReactNode;
}

/** Between the panel's lower edge and the top of what it stands above, in CSS pixels. */
const GAP = 8;

/** The panel's least height (ThresholdPanel.css), in rem. */
const MIN_HEIGHT_REM = 14;

/** Where the panel is a sheet over the whole screen; ThresholdPanel.css draws it so there. */
const PHONE = "(max-width: 600px)";

/**
 * Holds the threshold editor over the workbench rather than in the tree's column: there it
 * took the drawing's height (on a laptop or a phone, nearly all of it). Over the outline on a
 * wide screen, not modal, so that the tree and the colours the rules change stay in view and
 * in reach. On a phone it is a sheet over the whole screen and modal: what it covers can be
 * neither seen nor reached, so it leaves the tab order and what a screen reader reads too.
 * Escape or the close button hand the screen back.
 */
export function ThresholdPanel({ onClose, above, children }: Props) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const modal = useRef(false);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const phone = window.matchMedia(PHONE);
    // Opened again when the screen crosses the phone's width (a tablet turned), keeping the
    // control that had the focus.
    const open = () => {
      const focused = dialog.contains(document.activeElement) ? document.activeElement : dialog;
      if (dialog.open) dialog.close();
      modal.current = phone.matches;
      if (modal.current) dialog.showModal();
      else dialog.show();
      // Who pressed "Edit thresholds" is taken to the rules, not left behind the panel.
      if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
    };
    open();
    phone.addEventListener("change", open);
    return () => {
      phone.removeEventListener("change", open);
      if (dialog.open) dialog.close();
    };
  }, []);

  // The panel is wider than the outline it lies over, so at the bottom of the screen it would
  // reach into the legend under the tree, where the legend wraps (a narrow centre, an open
  // inspector) over the very button that closes it. Its lower edge follows the legend's top
  // instead, as the legend grows (a list opened in it), the view above it moves, the window
  // changes height or the page under the panel scrolls; and it rises no higher than the top of
  // the view the legend is under, so that lifting it does not push it over the header and the
  // filters. With the legend scrolled out of sight, or too near the top for the panel to fit
  // above it, there is nothing to keep clear: the panel keeps its place at the screen's foot.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const anchor = above.current;
    if (!dialog || !anchor) return;
    // The tree's view, whose foot the legend is drawn at.
    const view = anchor.parentElement;
    const set = (property: string, value: string | null) => {
      if (value === null) dialog.style.removeProperty(property);
      else if (dialog.style.getPropertyValue(property) !== value) {
        dialog.style.setProperty(property, value);
      }
    };
    let frame = 0;
    const place = () => {
      frame = 0;
      const top = anchor.getBoundingClientRect().top;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      if (top < MIN_HEIGHT_REM * rem + 2 * GAP) {
        set("--threshold-panel-bottom", null);
        set("--threshold-panel-room", null);
        return;
      }
      const bottom = document.documentElement.clientHeight - top + GAP;
      set("--threshold-panel-bottom", `${Math.max(0, bottom)}px`);
      const viewTop = Math.max(0, view?.getBoundingClientRect().top ?? 0);
      set("--threshold-panel-room", `${Math.max(0, top - viewTop - 2 * GAP)}px`);
    };
    // Scrolling anywhere (the outline, the grid) calls this: once a frame is enough.
    const soon = () => {
      frame ||= requestAnimationFrame(place);
    };
    place();
    const observer = new ResizeObserver(soon);
    observer.observe(anchor);
    if (view) observer.observe(view);
    window.addEventListener("resize", soon);
    window.addEventListener("scroll", soon, { capture: true, passive: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener("resize", soon);
      window.removeEventListener("scroll", soon, { capture: true });
    };
  }, [above]);

  // Closed before the caller is told, so that a modal sheet has let go of the page by the time
  // the caller hands the focus back to what opened it.
  const close = () => {
    const dialog = ref.current;
    if (dialog?.open) dialog.close();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="panel threshold-panel"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (modal.current) keepTabInside(event, event.currentTarget);
        if (event.key !== "Escape") return;
        // The browser's own closing of a modal dialog is left out: the caller decides.
        event.preventDefault();
        close();
      }}
      onCancel={(event) => {
        // A close request without a key (a phone's back gesture).
        event.preventDefault();
        close();
      }}
    >
      <header className="panel-header threshold-panel-header">
        <h2 id={titleId}>Thresholds</h2>
        <button
          type="button"
          className="button"
          aria-label="Close the threshold editor"
          onClick={close}
        >
          ✕
        </button>
      </header>
      <div className="panel-body threshold-panel-body">{children}</div>
    </dialog>
  );
}
