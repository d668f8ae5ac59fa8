import { useQuery, type QueryClient } from "@tanstack/react-query";
import type { ConfigModel } from "../../../model/config/ConfigModel";
import type { Finding } from "../../../model/findings/Finding";
import type { NamingConventions } from "../../../model/conventions/NamingConventions";
import type { Rule } from "../../../model/rules/Rule";

/** The configuration a review compares the open one against. */
export interface BeforeSnapshot {
  readonly sources: readonly string[];
  readonly model: ConfigModel;
  /** The built-in rules' findings (house conventions are run again when in use). */
  readonly findings: readonly Finding[];
}

/** The house conventions in use: the text as the user wrote it, and what it declares. */
export interface ActiveConventions {
  readonly text: string;
  readonly conventions: NamingConventions;
  readonly rules: readonly Rule[];
}

// Kept in the query cache, like the open configuration, so they outlive the workspace (which
// is mounted afresh for each configuration and pivot): a comparison or conventions set up
// once stay while the user loads the next export or changes pivot.
const BEFORE_KEY = ["review", "before"] as const;
const CONVENTIONS_KEY = ["review", "conventions"] as const;

function useCached<T>(key: readonly string[]): T | null {
  const { data } = useQuery<T | null>({
    queryKey: key,
    queryFn: () => null,
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
    initialData: null,
  });
  return data;
}

export const useBeforeSnapshot = () => useCached<BeforeSnapshot>(BEFORE_KEY);
export const useActiveConventions = () => useCached<ActiveConventions>(CONVENTIONS_KEY);

export function setBeforeSnapshot(client: QueryClient, before: BeforeSnapshot | null): void {
  client.setQueryData(BEFORE_KEY, before);
}

export function setActiveConventions(client: QueryClient, active: ActiveConventions | null): void {
  client.setQueryData(CONVENTIONS_KEY, active);
}
