import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";

const sampleSchema = z.object({
  file: z.string(),
  title: z.string(),
  description: z.string(),
});
type Sample = z.infer<typeof sampleSchema>;

/** Where the built-in samples are served, next to the app. */
export const samplesBase = () => `${import.meta.env.BASE_URL}samples/`;

async function fetchSamples(): Promise<Sample[]> {
  const response = await fetch(`${samplesBase()}index.json`);
  if (!response.ok) throw new Error(`The sample list is unavailable (HTTP ${response.status}).`);
  return z.array(sampleSchema).parse(await response.json());
}

const samplesQueryOptions = () =>
  queryOptions({ queryKey: ["samples"], queryFn: fetchSamples, staleTime: Infinity });

export const useSamples = () => useQuery(samplesQueryOptions());
