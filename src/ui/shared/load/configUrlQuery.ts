import { queryOptions, useQuery } from "@tanstack/react-query";
import type { OpenInput } from "../../worker/OpenInput";
import { watchPolicyRefusal } from "./watchPolicyRefusal";

export class FetchFailure extends Error {
  override readonly name = "FetchFailure";
}

/**
 * The file at `?config=<url>`, relative URLs resolved against the page. Its body is kept as a
 * Blob, read where it is analysed (a large one by the worker), not copied through the page.
 */
export async function fetchConfigFile(url: string): Promise<OpenInput> {
  const target = new URL(url, window.location.href);
  const here = window.location.origin;
  const refusal = watchPolicyRefusal(target);
  let response: Response;
  try {
    response = await fetch(target);
  } catch {
    const directive = await refusal.settle();
    if (directive !== null) {
      throw new FetchFailure(
        `Could not fetch ${url}: this page's security policy (${directive}) lets it read configurations from its own site only (${here}). Download the file and open it here, or serve it from this site.`,
      );
    }
    throw new FetchFailure(
      target.origin === here
        ? `Could not reach ${url}: the network request failed.`
        : `Could not reach ${url}: the request to another site failed (it is unreachable, or it does not let pages from ${here} read it).`,
    );
  } finally {
    refusal.stop();
  }
  if (!response.ok) {
    throw new FetchFailure(`Could not fetch ${url}: HTTP ${response.status}.`);
  }
  const name = decodeURIComponent(new URL(url, window.location.href).pathname.split("/").pop()!);
  return { path: name || url, content: await response.blob() };
}

const configUrlQueryOptions = (url: string | null) =>
  queryOptions({
    queryKey: ["config-url", url],
    queryFn: () => fetchConfigFile(url!),
    enabled: url !== null,
    staleTime: Infinity,
    // A failed fetch is shown at once with a Retry button rather than retried behind a spinner.
    retry: false,
  });

export const useConfigUrl = (url: string | null) => useQuery(configUrlQueryOptions(url));
