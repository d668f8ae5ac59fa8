import { useEffect } from "react";
import type { NodePath } from "../../model/config/ids";
import { useWorkspace } from "../shared/workspace/WorkspaceContext";

interface Props {
  readonly onSelected: (id: NodePath | null) => void;
}

/** Mirrors the selected node into the address bar, so a copied link reopens on it. */
export function SelectionToUrl({ onSelected }: Props) {
  const { view } = useWorkspace();
  useEffect(() => {
    onSelected(view.selected);
  }, [view.selected, onSelected]);
  return null;
}
