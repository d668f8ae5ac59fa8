import { describe, expect, it } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
import { HistoryRecorder } from "../../../src/model/stats/HistoryRecorder";
import type { NodeStats } from "../../../src/model/stats/rollUp";

const GROUP = asNodeId("campaignGroup:Sales@Team A");
const AGENT = asNodeId("agent:ann");

function stats(ready: number | null): Map<typeof GROUP, NodeStats> {
  return new Map([
    [
      GROUP,
      {
        figures: {
          kind: "campaignGroup",
          status: "Running",
          waiting: "None",
          dialMode: "Predict",
          agents:
            ready === null
              ? null
              : { loggedIn: ready, ready, busy: 0, notReady: 0, afterCallWork: 0 },
          calls: null,
          callbacks: null,
          rates: { busyFactor: null, hitRatio: null, overdialRate: null },
          timeToComplete: null,
        },
        lastChanged: 0,
        stale: false,
      },
    ],
    [AGENT, { figures: { kind: "agent", state: "Ready", since: 0 }, lastChanged: 0, stale: false }],
  ]);
}

describe("HistoryRecorder", () => {
  it("keeps the last samples of a group's agents ready, oldest first, skipping absent ones", () => {
    const history = new HistoryRecorder(3);
    history.record(1000, stats(4));
    history.record(2000, stats(null));
    history.record(3000, stats(6));
    history.record(4000, stats(7));
    expect(history.series(GROUP, "agentsReady")).toEqual([
      { time: 3000, value: 6 },
      { time: 4000, value: 7 },
    ]);
  });

  it("records nothing for individual agents", () => {
    const history = new HistoryRecorder(3);
    history.record(1000, stats(4));
    expect(history.series(AGENT, "agentsReady")).toEqual([]);
  });
});
