import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import { Simulator, WARM_UP_MS, WARM_UP_STEPS } from "../../model/stats/Simulator";
import type { StatUpdate } from "../../model/stats/StatUpdate";

/** How often loaded groups report in the live simulation (ms); passed to browsers for staleness. */
export const SIMULATION_REPORT_MS = 2000;

/** A slice of the warm-up: the event loop serves requests between slices. */
const WARM_UP_SLICE_MS = 20;

/**
 * Drives the simulator on the wall clock and publishes what it produces: the server's
 * `--simulate`. The simulator's warm-up (a minute of simulated time, so that counts and rates
 * start plausible) takes seconds over a 100k-object configuration: it runs in slices between
 * which the server listens and answers, and the first figures are published once it is done.
 * Its figures never replace one that OCS or a feeder sent (see `UpdateHub.publish`).
 * Returns a function that stops it.
 */
export function runSimulation(
  hub: { publish(updates: readonly StatUpdate[], origin: "simulator"): unknown },
  hierarchy: Hierarchy,
  seed: number,
  tickMs = 250,
): () => void {
  const simulator = new Simulator(hierarchy, {
    seed,
    // The warm-up ends now: figures stamped in the future would win over every figure a
    // feeder or OCS posts until the wall clock caught up.
    startTime: Date.now() - WARM_UP_MS,
    reportIntervalMs: SIMULATION_REPORT_MS,
    warmUpSteps: 0,
  });
  // While a shared live state is unreachable the figures are dropped: the next tick brings newer ones.
  const publish = (updates: StatUpdate[]) =>
    void Promise.resolve(hub.publish(updates, "simulator")).catch(() => {});
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  let left = WARM_UP_STEPS;
  const warmUp = () => {
    if (stopped) return;
    const deadline = performance.now() + WARM_UP_SLICE_MS;
    while (left > 0) {
      simulator.warmUp(1);
      left -= 1;
      if (performance.now() >= deadline) break;
    }
    if (left > 0) {
      setImmediate(warmUp);
      return;
    }
    publish(simulator.snapshot());
    timer = setInterval(() => publish(simulator.advanceTo(Date.now())), tickMs);
  };
  setImmediate(warmUp);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
