import { useEffect } from "react";
import type { NodePath } from "../../model/config/ids";
import { useWorkspace } from "../shared/workspace/WorkspaceContext";

interface Props {
  readonly onSelected: (path: NodePath | null) => void;
}

/**
 * Mirrors the selected node into the address bar by its path, so a copied link (or a reload)
 * reopens on it.
 */
export function SelectionToUrl({ onSelected }: Props) {
  const { view, hierarchy } = useWorkspace();
  useEffect(() => {
    onSelected(view.selected === null ? null : hierarchy.pathOf(view.selected));
  }, [view.selected, hierarchy, onSelected]);
  return null;
}
