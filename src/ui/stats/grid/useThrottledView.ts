import { useCallback, useRef, useSyncExternalStore } from "react";
import type { StatsStore } from "../StatsStore";
import type { StatsView } from "../StatsView";

/**
 * The store's view, re-read at most once every `everyMs` (0: at every commit). The store
 * commits up to thirty times a second; a grid of figures read across a room gains nothing
 * from redrawing its cells that often, and the frames between stay free for scrolling. The
 * last commit is always shown: a commit inside the interval is picked up at its end.
 */
export function useThrottledView(store: StatsStore, everyMs: number): StatsView {
  const shown = useRef(store.getView());
  const subscribe = useCallback(
    (listener: () => void) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      let last = -Infinity;
      const publish = () => {
        timer = null;
        last = performance.now();
        shown.current = store.getView();
        listener();
      };
      const unsubscribe = store.subscribe(() => {
        if (timer !== null) return;
        const wait = last + everyMs - performance.now();
        if (wait <= 0) publish();
        else timer = setTimeout(publish, wait);
      });
      // A commit between the first render and this subscription would otherwise be missed.
      if (shown.current !== store.getView()) publish();
      return () => {
        unsubscribe();
        if (timer !== null) clearTimeout(timer);
      };
    },
    [store, everyMs],
  );
  return useSyncExternalStore(subscribe, () => shown.current);
}
