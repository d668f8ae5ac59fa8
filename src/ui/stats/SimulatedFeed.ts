import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import { Simulator, WARM_UP_MS, WARM_UP_STEPS } from "../../model/stats/Simulator";
import type { StatUpdate } from "../../model/stats/StatUpdate";
import { afterPaint } from "../shared/afterPaint";
import { Inbox } from "./Inbox";
import { postTask } from "./postTask";
import type { StatsStore } from "./StatsStore";

const SIMULATED_REPORT_MS = 2000;
const TICK_MS = 250;
/** Updates applied in one task: a report over 100k objects is some 120,000 updates. */
const CHUNK = 10_000;

/** A slice of the simulator's warm-up: short enough to leave input and frames free. */
const WARM_UP_SLICE_MS = 8;

interface SimulatedFeedOptions {
  readonly seed?: number;
  /** Runs the first slice once the page has painted; returns a cancel function. */
  readonly whenPainted?: (run: () => void) => () => void;
  /** Schedules the next slice of the warm-up; a new task by default. */
  readonly scheduleSlice?: (run: () => void) => void;
  readonly now?: () => number;
}

/**
 * Feeds the store from the in-browser simulator of the open configuration: the default for
 * demos and static hosting. The simulation is seeded, so the same configuration tells the
 * same story every time the page opens. Returns a function that stops it.
 *
 * The simulator's warm-up (a minute of simulated time, so that counts and rates start
 * plausible) is long for a large configuration: the simulator is built once the page has
 * painted and warmed up in short slices, with the feed shown as connecting meanwhile, so it
 * neither delays the tree nor freezes the page after it.
 */
export function startSimulatedFeed(
  store: StatsStore,
  campaignView: Hierarchy,
  options: SimulatedFeedOptions = {},
): () => void {
  const {
    seed = 1,
    whenPainted = (run: () => void) => afterPaint(run).cancel,
    scheduleSlice = postTask,
    now = () => performance.now(),
  } = options;
  let stopped = false;
  let stopRunning = () => {};
  store.setSource("simulated", SIMULATED_REPORT_MS);
  store.setConnection("connecting", "warming up the simulation");
  let simulator: Simulator | null = null;
  let left = WARM_UP_STEPS;
  const warmUp = () => {
    if (stopped) return;
    const deadline = now() + WARM_UP_SLICE_MS;
    simulator ??= new Simulator(campaignView, {
      seed,
      // The warm-up ends now, not a minute from now: a figure stamped in the future would
      // read as an agent in its state for 0 s, and win over anything stamped before it.
      startTime: Date.now() - WARM_UP_MS,
      reportIntervalMs: SIMULATED_REPORT_MS,
      warmUpSteps: 0,
    });
    while (left > 0) {
      simulator.warmUp(1);
      left -= 1;
      if (now() >= deadline) break;
    }
    if (left > 0) scheduleSlice(warmUp);
    else stopRunning = run(store, simulator);
  };
  const cancelStart = whenPainted(warmUp);
  return () => {
    stopped = true;
    cancelStart();
    stopRunning();
  };
}

/** The warmed-up simulator's figures, then its reports as they come. */
function run(store: StatsStore, simulator: Simulator): () => void {
  // The snapshot and each periodic report are applied in chunks, in order, in idle time (as
  // the live feed's messages are), so that applying them never holds a frame for long: the
  // snapshot of a 100k-object configuration is some 220,000 values.
  const inbox = new Inbox<{ readonly updates: readonly StatUpdate[]; readonly at: number }>(
    ({ updates, at }) => store.ingest(updates, at),
  );
  const now = Date.now();
  const snapshot = simulator.snapshot();
  store.replaceAll(snapshot.slice(0, CHUNK).map((update) => ({ update, receivedAt: now })));
  for (let i = CHUNK; i < snapshot.length; i += CHUNK) {
    inbox.push({ updates: snapshot.slice(i, i + CHUNK), at: now });
  }
  store.setConnection("connected");
  const timer = setInterval(() => {
    const t = Date.now();
    const updates = simulator.advanceTo(t);
    for (let i = 0; i < updates.length; i += CHUNK) {
      inbox.push({ updates: updates.slice(i, i + CHUNK), at: t });
    }
  }, TICK_MS);
  return () => {
    clearInterval(timer);
    inbox.clear();
  };
}
