import { QueryClient } from "@tanstack/react-query";

/** A QueryClient for one test: a failed query is reported at once, not retried. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}
