import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, TOKEN, type TestServer } from "./startTestServer";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

function postStats(body: unknown, token: string | null = TOKEN) {
  return fetch(`${server.url}/api/stats`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
}

const item = {
  objectType: "CallingList",
  objectId: "Leads",
  statistic: "RecordsReady",
  value: 1200,
  timestamp: 1_764_000_000_000,
};

describe("POST /api/stats", () => {
  it("publishes a batch from a client with the bearer token", async () => {
    const response = await postStats([item, { ...item, statistic: "RecordsProcessed", value: 30 }]);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 2 });
    expect(server.hub.values.get("CallingList", "Leads", "RecordsReady")).toMatchObject({
      value: 1200,
      timestamp: 1_764_000_000_000,
    });
  });

  it("accepts ISO 8601 timestamps and stamps items without one on arrival", async () => {
    const before = Date.now();
    await postStats([
      { ...item, timestamp: "2026-11-25T18:00:00Z" },
      { ...item, objectId: "Other", timestamp: undefined },
    ]);
    expect(server.hub.values.get("CallingList", "Leads", "RecordsReady")?.timestamp).toBe(
      Date.parse("2026-11-25T18:00:00Z"),
    );
    expect(
      server.hub.values.get("CallingList", "Other", "RecordsReady")?.timestamp,
    ).toBeGreaterThanOrEqual(before);
  });

  it("refuses a missing or wrong token with 401 and a WWW-Authenticate challenge", async () => {
    const missing = await postStats([item], null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await postStats([item], "not-the-token")).status).toBe(401);
    expect(server.hub.seq).toBe(0);
  });

  it("refuses the whole batch when one item is wrong, saying which and why", async () => {
    const response = await postStats([item, { ...item, objectType: "Queue" }]);
    expect(response.status).toBe(400);
    const { reason } = (await response.json()) as { reason: string };
    expect(reason).toMatch(/^\[1\]\.objectType: .*got "Queue"/);
    expect(server.hub.seq).toBe(0);
  });

  it("refuses unknown fields, infinite-looking values and an empty batch", async () => {
    expect((await postStats([{ ...item, extra: 1 }])).status).toBe(400);
    expect((await postStats([{ ...item, value: { nested: true } }])).status).toBe(400);
    expect((await postStats([])).status).toBe(400);
    expect((await postStats({ updates: [item] })).status).toBe(400);
  });
});

describe("rate limits", () => {
  it("answers 429 past the per-client limit and counts it", async () => {
    const limited = await startTestServer({ ingestPerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await fetch(`${limited.url}/api/stats`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify([item]),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([202, 202, 202, 429, 429]);
      expect(limited.counters.rateLimited).toBe(2);
    } finally {
      await limited.close();
    }
  });
});
