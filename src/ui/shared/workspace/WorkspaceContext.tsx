import { createContext, useContext } from "react";
import type { Workspace } from "./Workspace";

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useWorkspace is used outside a WorkspaceProvider");
  return workspace;
}
