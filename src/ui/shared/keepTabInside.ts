import type { KeyboardEvent } from "react";

const TAB_STOPS =
  "button, input, select, textarea, a[href], summary, [tabindex]:not([tabindex='-1'])";

/**
 * Takes Tab from the last control of `container` round to its first, and Shift+Tab from its
 * first (or from the container itself) to its last. A modal dialog makes the page behind it
 * inert, but Tab past its last control still leaves the page for the browser's own controls;
 * a sheet over the whole screen keeps the focus on what can be seen.
 */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = [...container.querySelectorAll<HTMLElement>(TAB_STOPS)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !element.matches(":disabled") &&
      (typeof element.checkVisibility !== "function" || element.checkVisibility()),
  );
  const first = stops[0];
  const last = stops.at(-1);
  if (first === undefined || last === undefined) return;
  const at = document.activeElement;
  if (!event.shiftKey && at === last) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && (at === first || at === container)) {
    event.preventDefault();
    last.focus();
  }
}
