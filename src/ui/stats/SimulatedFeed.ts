import type { HierarchyNode } from "../../model/hierarchy/HierarchyNode";
import { Simulator } from "../../model/stats/Simulator";
import type { StatUpdate } from "../../model/stats/StatUpdate";
import { Inbox } from "./Inbox";
import type { StatsStore } from "./StatsStore";

export const SIMULATED_REPORT_MS = 2000;
const TICK_MS = 250;
/** Updates applied in one task: a report over 100k objects is some 120,000 updates. */
const CHUNK = 10_000;

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
  // A periodic report is applied in chunks, in order, in idle time (as the live feed's
  // messages are), so that applying it never holds a frame for long.
  const inbox = new Inbox<{ readonly updates: readonly StatUpdate[]; readonly at: number }>(
    ({ updates, at }) => store.ingest(updates, at),
  );
  let last = Date.now();
  const timer = setInterval(() => {
    const t = Date.now();
    const updates = simulator.tick(t - last);
    for (let i = 0; i < updates.length; i += CHUNK) {
      inbox.push({ updates: updates.slice(i, i + CHUNK), at: t });
    }
    last = t;
  }, TICK_MS);
  return () => {
    clearInterval(timer);
    inbox.clear();
  };
}
