import { useCallback, useEffect, useState } from "react";

const loadWorkbench = () => import("./Workbench");

type WorkbenchModule = Awaited<ReturnType<typeof loadWorkbench>>;

interface WorkbenchLoad {
  /** The module once fetched; null until then. */
  readonly module: WorkbenchModule | null;
  /** Why fetching it failed (the network, a new release replacing the old chunks). */
  readonly error: Error | null;
  readonly retry: () => void;
}

/**
 * The columns of an open configuration (outline, tree, inspector, findings) and what they draw
 * with come with the first configuration, not with the first page: fetched once `wanted` (a
 * file is being opened), so they are usually there before the analysis is. The workspace
 * mounts only with them, so the tree paints in the same frame as before and what waits for
 * that paint (copying the model from the worker) still waits for it.
 */
export function useWorkbenchModule(wanted: boolean): WorkbenchLoad {
  const [module, setModule] = useState<WorkbenchModule | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || module !== null || error !== null) return;
    let live = true;
    loadWorkbench().then(
      (loaded) => live && setModule(loaded),
      (failure: unknown) =>
        live && setError(failure instanceof Error ? failure : new Error(String(failure))),
    );
    return () => {
      live = false;
    };
  }, [wanted, module, error, attempt]);
  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { module, error, retry };
}
