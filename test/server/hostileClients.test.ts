import { afterEach, describe, expect, it } from "vitest";
import { parseServerArgs } from "../../src/node/server/parseServerArgs";
import { SECRET, startTestServer, TOKEN, type TestServer } from "./startTestServer";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

const group = { GSW_CAMPAIGN_NAME: "Renewals_Q3", GSW_GROUP_NAME: "Team Paris" };
const item = {
  objectType: "CampaignGroup",
  objectId: "Renewals_Q3@Team Paris",
  statistic: "Status",
  value: "Running",
};

describe("guessing secrets and tokens", () => {
  it("answers 429 once an address has failed too often, before checking the secret", async () => {
    server = await startTestServer({ authFailuresPerMinute: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await postJson(
        `${server.url}/api/ocs/campaign-group-state?secret=guess-${i}`,
        group,
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429, 429]);
    // Even the right secret waits out the window: a guesser cannot tell it found it.
    const right = await postJson(
      `${server.url}/api/ocs/campaign-group-state?secret=${SECRET}`,
      group,
    );
    expect(right.status).toBe(429);
    expect(server.counters.rateLimited).toBe(4);
  });

  it("counts refused requests against the feeders' budget too", async () => {
    server = await startTestServer({ ingestPerMinute: 3, authFailuresPerMinute: 100 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await postJson(`${server.url}/api/stats`, [item], {
        authorization: "Bearer wrong",
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it("refuses a secret or token shorter than 16 characters", () => {
    expect(() => parseServerArgs(["--secret", "fifteen-chars!!"], {})).toThrow(
      /at least 16 characters/,
    );
    expect(() => parseServerArgs([], { STATS_TOKEN: "short-token" })).toThrow(
      /at least 16 characters/,
    );
    expect(parseServerArgs(["--secret", "sixteen-chars!!!"], {}).secret).toBe("sixteen-chars!!!");
  });
});

describe("timestamps from the future", () => {
  it("refuses a batch item dated beyond the allowed clock skew with 400, and keeps later updates flowing", async () => {
    server = await startTestServer({ maxClockSkewMs: 5000 });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const future = await postJson(
      `${server.url}/api/stats`,
      [{ ...item, timestamp: "9999-12-31T23:59:59Z" }],
      auth,
    );
    expect(future.status).toBe(400);
    expect(((await future.json()) as { reason: string }).reason).toMatch(
      /^\[0\]\.timestamp: .*ahead of the server clock/,
    );
    expect(server.hub.seq).toBe(0);

    const slightlyAhead = await postJson(
      `${server.url}/api/stats`,
      [{ ...item, timestamp: Date.now() + 2000 }],
      auth,
    );
    expect(slightlyAhead.status).toBe(202);
    const now = await postJson(
      `${server.url}/api/stats`,
      [{ ...item, value: "Activated", timestamp: Date.now() + 2500 }],
      auth,
    );
    expect(await now.json()).toEqual({ accepted: 1 });
    expect(server.hub.values.get("CampaignGroup", "Renewals_Q3@Team Paris", "Status")?.value).toBe(
      "Activated",
    );
  });

  it("never acknowledges as accepted an update older than the value held", async () => {
    server = await startTestServer();
    const auth = { authorization: `Bearer ${TOKEN}` };
    await postJson(`${server.url}/api/stats`, [{ ...item, timestamp: 2_000 }], auth);
    const older = await postJson(
      `${server.url}/api/stats`,
      [
        { ...item, value: "Deactivated", timestamp: 1_000 },
        { ...item, statistic: "Dialed", value: 4, timestamp: 1_000 },
      ],
      auth,
    );
    expect(older.status).toBe(202);
    expect(await older.json()).toEqual({
      accepted: 1,
      superseded: 1,
      reason: "1 update older than the value already held was not applied",
    });
  });
});
