import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Analysis } from "../../worker/analyseConfig";

/**
 * The configuration on screen lives in the query cache under one key. It is only ever set by
 * a successful load, so a file that fails leaves the open configuration as it was.
 */
export const CURRENT_ANALYSIS_KEY = ["analysis", "current"] as const;

export function useCurrentAnalysis(): Analysis | null {
  const { data } = useQuery<Analysis | null>({
    queryKey: CURRENT_ANALYSIS_KEY,
    queryFn: () => null,
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
    initialData: null,
  });
  return data;
}

export function setCurrentAnalysis(client: QueryClient, analysis: Analysis): void {
  client.setQueryData(CURRENT_ANALYSIS_KEY, analysis);
}

export function useSetCurrentAnalysis(): (analysis: Analysis) => void {
  const client = useQueryClient();
  return (analysis) => setCurrentAnalysis(client, analysis);
}
