import type { HierarchyNode } from "../../model/hierarchy/HierarchyNode";
import { Simulator } from "../../model/stats/Simulator";
import type { StatsStore } from "./StatsStore";

export const SIMULATED_REPORT_MS = 2000;
const TICK_MS = 250;

/**
 * Feeds the store from the in-browser simulator of the open configuration: the default for
 * demos and static hosting. The simulation is seeded, so the same configuration tells the
 * same story every time the page opens. Returns a function that stops it.
 */
export function startSimulatedFeed(
  store: StatsStore,
  campaignRoot: HierarchyNode,
  seed = 1,
): () => void {
  const simulator = new Simulator(campaignRoot, {
    seed,
    startTime: Date.now(),
    reportIntervalMs: SIMULATED_REPORT_MS,
  });
  store.setSource("simulated", SIMULATED_REPORT_MS);
  const now = Date.now();
  store.replaceAll(simulator.snapshot().map((update) => ({ update, receivedAt: now })));
  store.setConnection("connected");
  let last = Date.now();
  const timer = setInterval(() => {
    const t = Date.now();
    store.ingest(simulator.tick(t - last), t);
    last = t;
  }, TICK_MS);
  return () => clearInterval(timer);
}
