import type { HierarchyNode } from "../../model/hierarchy/HierarchyNode";
import { Simulator } from "../../model/stats/Simulator";
import type { UpdateHub } from "./UpdateHub";

/** How often loaded groups report in the live simulation (ms); passed to browsers for staleness. */
export const SIMULATION_REPORT_MS = 2000;

/**
 * Drives the simulator on the wall clock and publishes what it produces: the server's
 * `--simulate`. Returns a function that stops it.
 */
export function runSimulation(
  hub: UpdateHub,
  root: HierarchyNode,
  seed: number,
  tickMs = 250,
): () => void {
  const simulator = new Simulator(root, {
    seed,
    startTime: Date.now(),
    reportIntervalMs: SIMULATION_REPORT_MS,
  });
  hub.publish(simulator.snapshot());
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    hub.publish(simulator.tick(now - last));
    last = now;
  }, tickMs);
  return () => clearInterval(timer);
}
