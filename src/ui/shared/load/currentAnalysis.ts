import { useQuery, type QueryClient } from "@tanstack/react-query";
import type { Analysis } from "../../worker/analyseConfig";
import { releaseModel } from "../../worker/loadModel";
import { modelQueryKey } from "./modelQuery";

/**
 * The configuration on screen lives in the query cache under one key. It is set by a successful
 * load, or for a while by a preliminary analysis whose load then either completes or is
 * withdrawn, so a file that fails leaves the open configuration as it was.
 */
const CURRENT_ANALYSIS_KEY = ["analysis", "current"] as const;

export function useCurrentAnalysis(): Analysis | null {
  const { data } = useQuery<Analysis | null>({
    queryKey: CURRENT_ANALYSIS_KEY,
    queryFn: () => null,
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
    initialData: null,
    // Stored as given: the conventions mark an analysis by identity, and comparing a 100k-node
    // analysis with the one it replaces, node by node, would cost more than it could save.
    structuralSharing: false,
  });
  return data;
}

function release(client: QueryClient, analysis: Analysis): void {
  releaseModel(analysis);
  client.removeQueries({ queryKey: modelQueryKey(analysis) });
}

/**
 * Opens `analysis`. The configuration it replaces (another load time; a copy with new
 * findings keeps it) is released, here and in the worker, which holds every model until then.
 * `replaces` names it when the cache holds a preliminary analysis shown in its stead.
 */
export function setCurrentAnalysis(
  client: QueryClient,
  analysis: Analysis,
  replaces?: Analysis | null,
): void {
  const previous =
    replaces !== undefined
      ? replaces
      : (client.getQueryData<Analysis | null>(CURRENT_ANALYSIS_KEY) ?? null);
  client.setQueryData(CURRENT_ANALYSIS_KEY, analysis);
  if (previous !== null && previous.loadedAt !== analysis.loadedAt) release(client, previous);
}

/**
 * Shows a preliminary analysis (the rules still run) without releasing the one it hides, so
 * a failure can bring that back. Returns the analysis it hides.
 */
export function showPreliminaryAnalysis(client: QueryClient, analysis: Analysis): Analysis | null {
  const previous = client.getQueryData<Analysis | null>(CURRENT_ANALYSIS_KEY) ?? null;
  client.setQueryData(CURRENT_ANALYSIS_KEY, analysis);
  return previous;
}

/**
 * The load behind `preliminary` failed: what the user had before (or nothing) is current
 * again, and the failed load's model, if the worker kept one, is released.
 */
export function withdrawPreliminaryAnalysis(
  client: QueryClient,
  preliminary: Analysis,
  previous: Analysis | null,
): void {
  const current = client.getQueryData<Analysis | null>(CURRENT_ANALYSIS_KEY) ?? null;
  if (current !== null && current.loadedAt === preliminary.loadedAt)
    client.setQueryData(CURRENT_ANALYSIS_KEY, previous);
  release(client, preliminary);
}
