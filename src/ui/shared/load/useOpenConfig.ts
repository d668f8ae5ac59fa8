import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import type { Pivot } from "../../../model/hierarchy/NodeKind";
import type { OpenInput } from "../../worker/OpenInput";
import type { AnalysisProgress } from "../../worker/analyseConfig";
import { analyseOffThread } from "../../worker/analyseOffThread";
import { LoadFailure } from "../../worker/LoadFailure";
import { prepareWorker } from "../../worker/sharedWorker";
import { toLoadError, type LoadError } from "../../worker/LoadError";
import { afterPaint } from "../afterPaint";
import { setCurrentAnalysis } from "./currentAnalysis";

/** The inputs, or the promise of them while they are still being fetched. */
export type Inputs = readonly OpenInput[] | Promise<readonly OpenInput[]>;

interface OpenConfig {
  /** `onOpened` runs only when the configuration opened (to update the address bar). */
  readonly open: (inputs: Inputs, onOpened?: () => void) => void;
  readonly pending: boolean;
  readonly progress: AnalysisProgress | null;
  /** The last failure, until the next attempt; the open configuration is kept meanwhile. */
  readonly error: LoadError | null;
  readonly dismissError: () => void;
}

/** Opens configuration files (picked, dropped, pasted or fetched) as the current analysis. */
export function useOpenConfig(pivot: Pivot): OpenConfig {
  const client = useQueryClient();
  const [progress, setProgress] = useState<AnalysisProgress | null>(null);
  // Large files are analysed in the worker: started once the page has painted, its code is
  // loaded and compiled while the user picks a file rather than after.
  useEffect(() => {
    const handle = afterPaint(prepareWorker);
    return () => handle.cancel();
  }, []);
  const mutation = useMutation({
    mutationFn: async (inputs: Inputs) => {
      if (inputs instanceof Promise) prepareWorker();
      return analyseOffThread(await inputs, pivot, undefined, (p) => setProgress(p));
    },
    onMutate: () => setProgress({ stage: "reading", fraction: 0 }),
    onSuccess: (analysis) => {
      performance.mark("campaign-lens:analysis-ready");
      setCurrentAnalysis(client, analysis);
    },
    onSettled: () => setProgress(null),
  });
  const { mutate } = mutation;
  const open = useCallback(
    (inputs: Inputs, onOpened?: () => void) =>
      mutate(inputs, onOpened ? { onSuccess: () => onOpened() } : undefined),
    [mutate],
  );
  const error = mutation.error
    ? mutation.error instanceof LoadFailure
      ? mutation.error.detail
      : toLoadError(mutation.error)
    : null;
  return {
    open,
    pending: mutation.isPending,
    progress,
    error,
    dismissError: mutation.reset,
  };
}
