import { queryOptions } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { StatsSource } from "./StatsView";

const healthSchema = z.object({ status: z.literal("ok"), instance: z.string() });

/** Whether this page was served by the statistics server (so its stream is there). */
async function probeLiveServer(): Promise<boolean> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    if (!response.ok) return false;
    return healthSchema.safeParse(await response.json()).success;
  } catch {
    return false;
  }
}

export const liveServerQueryOptions = () =>
  queryOptions({
    queryKey: ["stats", "live-server"],
    queryFn: probeLiveServer,
    staleTime: Infinity,
    retry: false,
  });

/** `?stats=live|simulated|off` in the page's URL, when given. */
export function sourceFromUrl(search: string): StatsSource | null {
  const value = new URLSearchParams(search).get("stats");
  return value === "live" || value === "simulated" || value === "off" ? value : null;
}
