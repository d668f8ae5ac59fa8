import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SECRET, startTestServer, type TestServer } from "./startTestServer";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const OCS_PATH = `/api/ocs/campaign-group-state?secret=${SECRET}`;

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const running = {
  GSW_TENANT_NAME: "Environment",
  GSW_CAMPAIGN_NAME: "Sales",
  GSW_GROUP_NAME: "Team A",
  GSW_CAMPAIGN_GROUP_NAME: "Sales Team A",
  GSW_CAMPAIGN_GROUP_GUID: "6f1c",
  GSW_DIAL_MODE: 1,
  GSW_OPTIMIZE_BY: "BusyFactor",
  GSW_OPTIMIZE_GOAL: 80,
  GSW_STAT_BUSY_FACTOR: 0.85,
  GSW_STAT_HIT_RATIO: 0.3,
  GSW_STAT_OVERDIAL_RATE: 0.02,
  GSW_STAT_TIME_TO_COMPLETE: 600,
};

function value(type: string, id: string, stat: string): unknown {
  return server.hub.values.get(type as "CampaignGroup", id, stat)?.value;
}

describe("POST /api/ocs/campaign-group-state", () => {
  it("turns a running group's report into updates for Sales@Team A and a Running campaign", async () => {
    const response = await post(OCS_PATH, running);
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ objectId: "Sales@Team A" });
    expect(value("CampaignGroup", "Sales@Team A", "Status")).toBe("Running");
    expect(value("CampaignGroup", "Sales@Team A", "DialMode")).toBe("Predict");
    expect(value("CampaignGroup", "Sales@Team A", "BusyFactor")).toBe(0.85);
    expect(value("CampaignGroup", "Sales@Team A", "OverdialRate")).toBe(0.02);
    expect(value("CampaignGroup", "Sales@Team A", "TimeToComplete")).toBe(600);
    expect(value("Campaign", "Sales", "Status")).toBe("Running");
  });

  it("reads a report without a dial mode as a loaded group that is not dialing", async () => {
    const { GSW_DIAL_MODE: _, ...stopped } = running;
    await post(OCS_PATH, stopped);
    expect(value("CampaignGroup", "Sales@Team A", "Status")).toBe("Activated");
    expect(value("CampaignGroup", "Sales@Team A", "DialMode")).toBe("NoDial");
    expect(value("Campaign", "Sales", "Status")).toBe("Activated");
  });

  it("keeps the campaign Running while another of its groups still runs", async () => {
    await post(OCS_PATH, running);
    await post(OCS_PATH, { ...running, GSW_GROUP_NAME: "Team B" });
    await post(OCS_PATH, {
      ...running,
      GSW_DIAL_MODE: null,
      GSW_CAMPAIGN_GROUP_STATE: "NotLoaded",
    });
    expect(value("CampaignGroup", "Sales@Team A", "Status")).toBe("Deactivated");
    expect(value("Campaign", "Sales", "Status")).toBe("Running");
  });

  it("keeps unknown GSW_* keys as statistics of the group", async () => {
    await post(OCS_PATH, {
      ...running,
      GSW_RECORDS_READY: 412,
      GSW_NEW_FLAG: true,
      GSW_DETAIL: { a: 1 },
    });
    expect(value("CampaignGroup", "Sales@Team A", "GSW_RECORDS_READY")).toBe(412);
    expect(value("CampaignGroup", "Sales@Team A", "GSW_NEW_FLAG")).toBe("true");
    expect(value("CampaignGroup", "Sales@Team A", "GSW_DETAIL")).toBe('{"a":1}');
  });

  it("accepts null statistics as values, not errors", async () => {
    const response = await post(OCS_PATH, {
      ...running,
      GSW_STAT_HIT_RATIO: null,
      GSW_STAT_OVERDIAL_RATE: null,
    });
    expect(response.status).toBe(202);
    expect(value("CampaignGroup", "Sales@Team A", "HitRatio")).toBeNull();
  });

  it("refuses a statistic of the wrong type with 400 naming the key, and publishes nothing", async () => {
    const response = await post(OCS_PATH, { ...running, GSW_STAT_OVERDIAL_RATE: "2%" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { reason: string };
    expect(body.reason).toMatch(/^GSW_STAT_OVERDIAL_RATE: .*got "2%"/);
    expect(server.hub.seq).toBe(0);
  });

  it("refuses a negative rate, an unknown dial mode and a missing group name", async () => {
    const reasons = [];
    for (const body of [
      { ...running, GSW_STAT_BUSY_FACTOR: -0.1 },
      { ...running, GSW_DIAL_MODE: 42 },
      { ...running, GSW_GROUP_NAME: undefined },
    ]) {
      const response = await post(OCS_PATH, body);
      expect(response.status).toBe(400);
      reasons.push(((await response.json()) as { reason: string }).reason);
    }
    expect(reasons[0]).toMatch(/^GSW_STAT_BUSY_FACTOR:/);
    expect(reasons[1]).toMatch(/^GSW_DIAL_MODE: not a CfgDialMode/);
    expect(reasons[2]).toMatch(/^cannot tell which campaign group this is: no GSW_GROUP_NAME;/);
  });

  it("refuses a body that is not JSON, or not an object, with 400", async () => {
    expect((await post(OCS_PATH, "{not json")).status).toBe(400);
    expect((await post(OCS_PATH, [running])).status).toBe(400);
  });

  it("refuses an oversize body with 413 before parsing it", async () => {
    const huge = { ...running, GSW_PADDING: "x".repeat(100 * 1024) };
    const response = await post(OCS_PATH, huge);
    expect(response.status).toBe(413);
    expect(server.hub.seq).toBe(0);
  });

  it("refuses a wrong or missing secret with 403 and publishes nothing", async () => {
    expect((await post("/api/ocs/campaign-group-state?secret=guess", running)).status).toBe(403);
    expect((await post("/api/ocs/campaign-group-state", running)).status).toBe(403);
    expect(server.hub.seq).toBe(0);
  });

  it("counts every refusal in /api/health", async () => {
    await post(OCS_PATH, running);
    await post(OCS_PATH, "{");
    await post(OCS_PATH, { ...running, GSW_DIAL_MODE: "fast" });
    await post(OCS_PATH, { ...running, GSW_PADDING: "x".repeat(100 * 1024) });
    await post("/api/ocs/campaign-group-state?secret=nope", running);
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as {
      counters: Record<string, number>;
    };
    expect(health.counters).toMatchObject({
      ocsAccepted: 1,
      malformed: 2,
      tooLarge: 1,
      unauthorized: 1,
    });
  });
});
