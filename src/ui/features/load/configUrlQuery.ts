import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ConfigInput } from "../../../model/loadConfig";

export class FetchFailure extends Error {
  override readonly name = "FetchFailure";
}

/** The file at `?config=<url>`, relative URLs resolved against the page. */
export async function fetchConfigFile(url: string): Promise<ConfigInput> {
  let response: Response;
  try {
    response = await fetch(new URL(url, window.location.href));
  } catch {
    throw new FetchFailure(`Could not reach ${url}: the network request failed.`);
  }
  if (!response.ok) {
    throw new FetchFailure(`Could not fetch ${url}: HTTP ${response.status}.`);
  }
  const name = decodeURIComponent(new URL(url, window.location.href).pathname.split("/").pop()!);
  return { path: name || url, content: new Uint8Array(await response.arrayBuffer()) };
}

export const configUrlQueryOptions = (url: string | null) =>
  queryOptions({
    queryKey: ["config-url", url],
    queryFn: () => fetchConfigFile(url!),
    enabled: url !== null,
    staleTime: Infinity,
    // A failed fetch is shown at once with a Retry button rather than retried behind a spinner.
    retry: false,
  });

export const useConfigUrl = (url: string | null) => useQuery(configUrlQueryOptions(url));
