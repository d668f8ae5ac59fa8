import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import type { Pivot } from "../../../model/hierarchy/NodeKind";
import type { OpenInput } from "../../worker/OpenInput";
import type { Analysis, AnalysisProgress } from "../../worker/analyseConfig";
import { analyseOffThread } from "../../worker/analyseOffThread";
import { LoadFailure } from "../../worker/LoadFailure";
import { prepareWorker } from "../../worker/sharedWorker";
import { toLoadError, type LoadError } from "../../worker/LoadError";
import { afterPaint } from "../afterPaint";
import {
  setCurrentAnalysis,
  showPreliminaryAnalysis,
  withdrawPreliminaryAnalysis,
} from "./currentAnalysis";

interface Opening {
  readonly inputs: Inputs;
  readonly onOpened: (() => void) | undefined;
  readonly onWithdrawn: (() => void) | undefined;
}

/** The preliminary analysis shown while the rules ran, and the one it hid. */
interface Shown {
  readonly preliminary: Analysis;
  readonly before: Analysis | null;
}

interface Opened {
  readonly analysis: Analysis;
  readonly shown: Shown | null;
}

/** The inputs, or the promise of them while they are still being fetched. */
export type Inputs = readonly OpenInput[] | Promise<readonly OpenInput[]>;

interface OpenConfig {
  /**
   * `onOpened` runs only when the configuration is shown (to update the address bar): when it
   * opened, or when a large file's hierarchy is shown while its rules run. `onWithdrawn` runs
   * if such a file then fails and what the user had before is shown again.
   */
  readonly open: (inputs: Inputs, onOpened?: () => void, onWithdrawn?: () => void) => void;
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
    mutationFn: async ({ inputs, onOpened, onWithdrawn }: Opening): Promise<Opened> => {
      if (inputs instanceof Promise) prepareWorker();
      let shown: Shown | null = null;
      try {
        const analysis = await analyseOffThread(
          await inputs,
          pivot,
          undefined,
          (p) => setProgress(p),
          (preliminary, drawn) => {
            shown = { preliminary, before: showPreliminaryAnalysis(client, preliminary) };
            onOpened?.();
            afterPaint(drawn);
          },
        );
        return { analysis, shown };
      } catch (error) {
        if (shown !== null) {
          const { preliminary, before } = shown;
          withdrawPreliminaryAnalysis(client, preliminary, before);
          onWithdrawn?.();
        }
        throw error;
      }
    },
    onMutate: () => setProgress({ stage: "reading", fraction: 0 }),
    onSuccess: ({ analysis, shown }, { onOpened }) => {
      performance.mark("campaign-lens:analysis-ready");
      if (shown !== null) {
        setCurrentAnalysis(client, analysis, shown.before);
        return;
      }
      setCurrentAnalysis(client, analysis);
      onOpened?.();
    },
    onSettled: () => setProgress(null),
  });
  const { mutate } = mutation;
  const open = useCallback(
    (inputs: Inputs, onOpened?: () => void, onWithdrawn?: () => void) =>
      mutate({ inputs, onOpened, onWithdrawn }),
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
