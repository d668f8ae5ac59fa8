import { describe, expect, it, vi } from "vitest";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../src/model/loadConfig";
import { Simulator } from "../../src/model/stats/Simulator";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import { runSimulation } from "../../src/node/server/runSimulation";
import { UpdateHub } from "../../src/node/server/UpdateHub";

const { text } = generateConfig({ objects: 3000, seed: 4, defects: 0, format: "mutagen-json" });
const hierarchy = buildHierarchy(loadConfig([{ path: "generated.json", content: text }]));

describe("runSimulation", () => {
  it("warms up without holding the event loop, then publishes the warmed-up snapshot", async () => {
    const published: (readonly StatUpdate[])[] = [];
    const stop = runSimulation({ publish: (updates) => published.push(updates) }, hierarchy, 9);
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
    const reference = new Simulator(hierarchy, { seed: 9, startTime: 0, reportIntervalMs: 2000 });
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
      hierarchy,
      9,
      50,
    );
    await vi.waitFor(() => expect(published.length).toBeGreaterThan(12), { timeout: 20_000 });
    stop();
    for (const { at, latest } of published) expect(latest).toBeLessThanOrEqual(at);
  });

  it("publishes nothing once stopped during the warm-up", async () => {
    const published: (readonly StatUpdate[])[] = [];
    const stop = runSimulation({ publish: (updates) => published.push(updates) }, hierarchy, 9);
    stop();
    await new Promise((done) => setTimeout(done, 300));
    expect(published).toHaveLength(0);
  });

  it("stamps its figures with the server's clock, never ahead of it", async () => {
    const published: (readonly StatUpdate[])[] = [];
    const stop = runSimulation({ publish: (updates) => published.push(updates) }, hierarchy, 9, 50);
    await vi.waitFor(() => expect(published.length).toBeGreaterThan(2), { timeout: 20_000 });
    stop();
    const latest = Math.max(...published.flat().map((update) => update.timestamp));
    expect(latest).toBeLessThanOrEqual(Date.now());
    expect(latest).toBeGreaterThan(Date.now() - 60_000);
  });

  it("never replaces a figure that OCS or a feeder sent", async () => {
    const hub = new UpdateHub({ instance: "t", ringSize: 100_000, flushMs: 5, intervalMs: 2000 });
    const group = simulationGroup();
    hub.publish([
      {
        objectType: "CampaignGroup",
        objectId: group,
        statistic: "Status",
        value: "Deactivated",
        timestamp: 1,
      },
    ]);
    const stop = runSimulation(hub, hierarchy, 9, 50);
    await vi.waitFor(() => expect(hub.seq).toBeGreaterThan(1000), { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop();
    hub.close();
    expect(hub.values.get("CampaignGroup", group, "Status")).toMatchObject({
      value: "Deactivated",
      timestamp: 1,
    });
    expect(hub.values.get("CampaignGroup", group, "Dialed")).toBeDefined();
  });
});

/** A campaign group the simulator reports on: the first of the generated configuration's. */
function simulationGroup(): string {
  const reference = new Simulator(hierarchy, { seed: 9, startTime: 0 });
  return reference
    .snapshot()
    .find((update) => update.objectType === "CampaignGroup" && update.statistic === "Dialed")!
    .objectId;
}
