import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { ConfigModel } from "../../../model/config/ConfigModel";
import { afterPaint } from "../afterPaint";
import type { Analysis } from "../../worker/analyseConfig";
import { loadModel } from "../../worker/loadModel";

export const modelQueryKey = (analysis: Analysis) => ["model", analysis.loadedAt] as const;

export const modelQueryOptions = (analysis: Analysis) =>
  queryOptions({
    queryKey: modelQueryKey(analysis),
    queryFn: () => loadModel(analysis),
    initialData: analysis.model ?? undefined,
    staleTime: Infinity,
    structuralSharing: false,
    // Asking again gets the same answer: the worker has the model until it is released.
    retry: false,
  });

interface ModelState {
  /** Undefined while it comes from the worker, or when that failed. */
  readonly model: ConfigModel | undefined;
  readonly error: Error | null;
}

/**
 * The model of an analysis, for panels that show more than the hierarchy and findings. It
 * only watches: the workspace starts the copy after the first paint (`usePrefetchModel`), so
 * a panel mounted with the tree does not pull the copy in ahead of the paint.
 */
export function useModel(analysis: Analysis): ModelState {
  const { data, error } = useQuery({ ...modelQueryOptions(analysis), enabled: false });
  return { model: data, error };
}

/**
 * Starts copying the model from the worker once the tree has painted: nothing in the first
 * paint needs it, and taking it in blocks the page for a noticeable time in a large
 * configuration, so it comes after the paint, before anyone asks for it.
 */
export function usePrefetchModel(analysis: Analysis): void {
  const client = useQueryClient();
  useEffect(() => {
    const handle = afterPaint(() => void client.prefetchQuery(modelQueryOptions(analysis)));
    return () => handle.cancel();
  }, [client, analysis]);
}
