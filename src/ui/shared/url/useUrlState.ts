import { useCallback, useSyncExternalStore } from "react";
import { formatUrlState, parseUrlState, type UrlState } from "./urlState";

const CHANGE = "campaign-lens:url";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.search;

/**
 * The shareable state, read from and written to the address bar. Selection changes replace
 * the history entry (a long keyboard walk should not fill Back); opening another configuration
 * pushes one.
 */
export function useUrlState(): [
  UrlState,
  (patch: Partial<UrlState>, mode?: "push" | "replace") => void,
] {
  const search = useSyncExternalStore(subscribe, snapshot, snapshot);
  const state = parseUrlState(search);
  const update = useCallback((patch: Partial<UrlState>, mode: "push" | "replace" = "replace") => {
    const search = window.location.search;
    const next = formatUrlState({ ...parseUrlState(search), ...patch }, search);
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return [state, update];
}
