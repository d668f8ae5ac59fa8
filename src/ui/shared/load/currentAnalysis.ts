import { useQuery, type QueryClient } from "@tanstack/react-query";
import type { Analysis } from "../../worker/analyseConfig";
import { releaseModel } from "../../worker/loadModel";
import { modelQueryKey } from "./modelQuery";

/**
 * The configuration on screen lives in the query cache under one key. It is only ever set by
 * a successful load, so a file that fails leaves the open configuration as it was.
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

/**
 * Opens `analysis`. The configuration it replaces (another load time; a copy with new
 * findings keeps it) is released, here and in the worker, which holds every model until then.
 */
export function setCurrentAnalysis(client: QueryClient, analysis: Analysis): void {
  const previous = client.getQueryData<Analysis | null>(CURRENT_ANALYSIS_KEY) ?? null;
  client.setQueryData(CURRENT_ANALYSIS_KEY, analysis);
  if (previous !== null && previous.loadedAt !== analysis.loadedAt) {
    releaseModel(previous);
    client.removeQueries({ queryKey: modelQueryKey(previous) });
  }
}
