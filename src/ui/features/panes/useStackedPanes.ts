import { useSyncExternalStore } from "react";

/** Below this width the panes stack (App.css has the same breakpoint). */
const STACKED_QUERY = "(max-width: 1000px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(STACKED_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

const snapshot = () => window.matchMedia(STACKED_QUERY).matches;

/** Whether the panes are stacked (a narrow screen), so they resize in height, not width. */
export function useStackedPanes(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
