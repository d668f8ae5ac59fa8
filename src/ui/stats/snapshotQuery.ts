import { queryOptions } from "@tanstack/react-query";
import { parseSnapshot, type Snapshot } from "../../model/stats/wire/parseSnapshot";
import { SignInRequiredError } from "./SignInRequiredError";

export async function fetchSnapshot(): Promise<Snapshot> {
  const response = await fetch("/api/snapshot", { cache: "no-store" });
  if (response.status === 401) throw new SignInRequiredError("Your session has ended.");
  if (!response.ok)
    throw new Error(`The statistics snapshot is unavailable (HTTP ${response.status}).`);
  return parseSnapshot(await response.json());
}

/** Every current value and the stream position they correspond to. Never cached as fresh: each resume needs the current one. */
export const snapshotQueryOptions = () =>
  queryOptions({
    queryKey: ["stats", "snapshot"],
    queryFn: fetchSnapshot,
    staleTime: 0,
    retry: false,
  });
