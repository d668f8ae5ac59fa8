import { describe, expect, it, vi } from "vitest";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../src/model/loadConfig";
import { Simulator } from "../../src/model/stats/Simulator";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import { runSimulation } from "../../src/node/server/runSimulation";

const { text } = generateConfig({ objects: 3000, seed: 4, defects: 0, format: "mutagen-json" });
const root = buildHierarchy(loadConfig([{ path: "generated.json", content: text }]));

describe("runSimulation", () => {
  it("warms up without holding the event loop, then publishes the warmed-up snapshot", async () => {
    const published: (readonly StatUpdate[])[] = [];
    const stop = runSimulation({ publish: (updates) => published.push(updates) }, root, 9);
    expect(published).toHaveLength(0);
    // A timer set now fires while the warm-up is under way: the loop is not held.
    let timerRan = false;
    await new Promise<void>((done) =>
      setTimeout(() => {
        timerRan = true;
        done();
      }, 0),
    );
    expect(timerRan).toBe(true);
    await vi.waitFor(() => expect(published.length).toBeGreaterThan(0), { timeout: 20_000 });
    stop();
    const reference = new Simulator(root, { seed: 9, startTime: 0, reportIntervalMs: 2000 });
    const strip = (updates: readonly StatUpdate[]) =>
      updates.map(({ objectType, objectId, statistic, value }) => ({
        objectType,
        objectId,
        statistic,
        value,
      }));
    expect(strip(published[0]!)).toEqual(strip(reference.snapshot()));
  });

  it("stamps no figure later than the moment it is published", async () => {
    const published: { at: number; latest: number }[] = [];
    const stop = runSimulation(
      {
        publish: (updates) =>
          published.push({
            at: Date.now(),
            latest: Math.max(0, ...updates.map((u) => u.timestamp)),
          }),
      },
      root,
      9,
      50,
    );
    await vi.waitFor(() => expect(published.length).toBeGreaterThan(12), { timeout: 20_000 });
    stop();
    for (const { at, latest } of published) expect(latest).toBeLessThanOrEqual(at);
  });

  it("publishes nothing once stopped during the warm-up", async () => {
    const published: (readonly StatUpdate[])[] = [];
    const stop = runSimulation({ publish: (updates) => published.push(updates) }, root, 9);
    stop();
    await new Promise((done) => setTimeout(done, 300));
    expect(published).toHaveLength(0);
  });
});
