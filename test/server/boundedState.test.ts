import { afterEach, describe, expect, it } from "vitest";
import { statKey } from "../../src/model/stats/StatKey";
import { startTestServer, TOKEN, type TestServer } from "./startTestServer";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const item = (objectId: string, value = 1) => ({
  objectType: "CampaignGroup",
  objectId,
  statistic: "Dialed",
  value,
});

function postStats(body: unknown) {
  return fetch(`${server!.url}/api/stats`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
}

describe("objects feeders can add", () => {
  it("takes every configured object and unknown ones up to the allowance, refusing the rest with a reason", async () => {
    server = await startTestServer({
      knownObjects: new Set([statKey("CampaignGroup", "Sales@Team A")]),
      unknownObjectAllowance: 2,
    });
    const first = await postStats([item("Sales@Team A"), item("X@1"), item("X@2"), item("X@3")]);
    expect(await first.json()).toEqual({
      accepted: 3,
      refused: 1,
      reason:
        "1 update was refused: an object outside the configuration past the 2 the server allows, or a statistic past the 256 one object may hold",
    });
    // Objects already held keep being updated; the configured ones always are.
    const later = await postStats([item("X@1", 2), item("Sales@Team A", 2), item("X@4")]);
    expect(await later.json()).toMatchObject({ accepted: 2, refused: 1 });
    expect(server.hub.values.size).toBe(3);
    expect(server.counters.unknownObjectsRefused).toBe(2);
  });

  it("bounds the snapshot however many new ids a feeder invents", async () => {
    server = await startTestServer({ unknownObjectAllowance: 100 });
    for (let batch = 0; batch < 10; batch += 1) {
      await postStats(Array.from({ length: 1000 }, (_, i) => item(`Invented@${batch}-${i}`)));
    }
    const snapshot = (await (await fetch(`${server.url}/api/snapshot`)).json()) as {
      values: unknown[];
    };
    expect(snapshot.values).toHaveLength(100);
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as {
      counters: { unknownObjectsRefused: number };
    };
    expect(health.counters.unknownObjectsRefused).toBe(9900);
  });
});
