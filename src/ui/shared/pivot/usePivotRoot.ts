import { queryOptions, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { buildHierarchy } from "../../../model/hierarchy/buildHierarchy";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { Pivot } from "../../../model/hierarchy/NodeKind";
import type { Analysis } from "../../worker/analyseConfig";
import { buildPivotOffThread, pivotsOffThread } from "../../worker/buildPivotOffThread";

interface PivotRoot {
  readonly pivot: Pivot;
  readonly hierarchy: Hierarchy;
}

const shownAs = (pivot: Pivot, hierarchy: Hierarchy): PivotRoot => ({ pivot, hierarchy });

interface PivotRootState {
  /** The hierarchy to draw: the wanted pivot's, or while that is built, the one shown before. */
  readonly shown: PivotRoot | null;
  /** Whether the wanted pivot is still being built (in the worker). */
  readonly building: boolean;
  /** Why the wanted pivot could not be built (the one shown before stays). */
  readonly error: Error | null;
}

/** Another pivot's hierarchy of an analysis, built once (in the worker for a worker's analysis). */
export const pivotRootQueryOptions = (analysis: Analysis | null, pivot: Pivot) =>
  queryOptions({
    queryKey: ["pivot-root", analysis?.loadedAt ?? null, pivot],
    queryFn: () => buildPivotOffThread(analysis!, pivot),
    enabled: analysis !== null,
    staleTime: Infinity,
    structuralSharing: false,
    // The worker answers the same way again: say so at once.
    retry: false,
    gcTime: 60_000,
  });

/**
 * The hierarchy of the open configuration under `pivot`. A large configuration's other pivots
 * are built in the worker that analysed it (building them here would freeze the page); a
 * small one's on this thread, at once.
 */
export function usePivotRoot(analysis: Analysis | null, pivot: Pivot): PivotRootState {
  const offThread = analysis !== null && analysis.pivot !== pivot && pivotsOffThread(analysis);
  const here = useMemo<PivotRoot | null>(() => {
    if (analysis === null || offThread) return null;
    if (analysis.pivot === pivot) return shownAs(pivot, analysis.hierarchy);
    return analysis.model ? shownAs(pivot, buildHierarchy(analysis.model, pivot)) : null;
  }, [analysis, pivot, offThread]);
  const built = useQuery({
    ...pivotRootQueryOptions(analysis, pivot),
    enabled: offThread,
  });
  const [last, setLast] = useState<{ analysis: Analysis; shown: PivotRoot } | null>(null);
  const ready = here ?? (offThread && built.data ? shownAs(pivot, built.data) : null);
  if (analysis === null) return { shown: null, building: false, error: null };
  if (ready) {
    // Remembered (React's "state from the previous render" pattern) to be shown while the
    // next pivot is built.
    if (last?.analysis !== analysis || last.shown.hierarchy !== ready.hierarchy) {
      setLast({ analysis, shown: ready });
    }
    return { shown: ready, building: false, error: null };
  }
  const before =
    last?.analysis === analysis ? last.shown : shownAs(analysis.pivot, analysis.hierarchy);
  return { shown: before, building: !built.isError, error: built.error };
}
