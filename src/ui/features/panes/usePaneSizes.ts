import { useCallback, useEffect, useState } from "react";
import {
  loadPaneSizes,
  savePaneSizes,
  type PaneName,
  type PaneSize,
  type PaneSizes,
} from "./paneSizes";

/** The panes' sizes and hidden states, read once from storage and kept there on each change. */
export function usePaneSizes(): [PaneSizes, (pane: PaneName, patch: Partial<PaneSize>) => void] {
  const [sizes, setSizes] = useState(loadPaneSizes);
  useEffect(() => savePaneSizes(sizes), [sizes]);
  const update = useCallback(
    (pane: PaneName, patch: Partial<PaneSize>) =>
      setSizes((before) => ({ ...before, [pane]: { ...before[pane], ...patch } })),
    [],
  );
  return [sizes, update];
}
