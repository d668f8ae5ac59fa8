import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseSnapshot } from "../../src/model/stats/wire/parseSnapshot";
import { parseUpdates } from "../../src/model/stats/wire/parseUpdates";
import { SseReader } from "./SseReader";
import { SECRET, startTestServer, TOKEN, type TestServer } from "./startTestServer";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const OCS_PATH = `/api/ocs/campaign-group-state?secret=${SECRET}`;
const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
const group = { GSW_CAMPAIGN_NAME: "Renewals_Q3", GSW_GROUP_NAME: "Team Paris", GSW_DIAL_MODE: 1 };

function postText(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

/** Every message the browser would receive parses with the browser's own schemas. */
async function expectBrowserParsesEverything(reader: SseReader): Promise<void> {
  server.hub.flush();
  await reader.until((events) => events.some((e) => e.event === "updates"));
  for (const event of reader.events.filter((e) => e.event === "updates")) {
    expect(parseUpdates(JSON.parse(event.data))).toMatchObject({ dropped: 0 });
  }
  const snapshot: unknown = await (await fetch(`${server.url}/api/snapshot`)).json();
  expect(parseSnapshot(snapshot).dropped).toBe(0);
}

describe("keys an attacker chooses", () => {
  it("keeps OCS extra keys named like Object.prototype's members as plain statistics", async () => {
    const reader = await SseReader.open(`${server.url}/api/stream`);
    for (const key of PROTOTYPE_KEYS.filter((k) => k !== "__proto__")) {
      const response = await postText(OCS_PATH, JSON.stringify({ ...group, [key]: 1 }));
      expect(response.status).toBe(202);
      expect(server.hub.values.get("CampaignGroup", "Renewals_Q3@Team Paris", key)?.value).toBe(1);
    }
    await expectBrowserParsesEverything(reader);
    reader.close();
  });

  it("refuses a body with a __proto__ key with 400 and publishes nothing", async () => {
    const response = await postText(
      OCS_PATH,
      `{"GSW_CAMPAIGN_NAME":"C","GSW_GROUP_NAME":"G","__proto__":{"x":1}}`,
    );
    expect(response.status).toBe(400);
    expect(server.hub.seq).toBe(0);
  });

  it("never lets an extra key overwrite a figure the translator derives", async () => {
    const response = await postText(
      OCS_PATH,
      JSON.stringify({
        ...group,
        Status: "Deactivated",
        DialMode: "Preview",
        Waiting: "Hacked",
        $verdict: "known",
      }),
    );
    expect(response.status).toBe(202);
    const body = (await response.json()) as { ignored: string[] };
    expect(body.ignored).toEqual(["$verdict", "DialMode", "Status", "Waiting"]);
    const held = (stat: string) =>
      server.hub.values.get("CampaignGroup", "Renewals_Q3@Team Paris", stat)?.value;
    expect(held("Status")).toBe("Running");
    expect(held("DialMode")).toBe("Predict");
    expect(held("$verdict")).toBeUndefined();
  });

  it("refuses a group state named like a prototype member", async () => {
    for (const state of PROTOTYPE_KEYS) {
      const response = await postText(
        OCS_PATH,
        JSON.stringify({ ...group, GSW_CAMPAIGN_GROUP_STATE: state }),
      );
      expect(response.status).toBe(400);
    }
    expect(server.hub.seq).toBe(0);
  });

  it("accepts feeder statistics and ids named like prototype members, and the browser still parses the stream", async () => {
    const reader = await SseReader.open(`${server.url}/api/stream`);
    const items = PROTOTYPE_KEYS.flatMap((key) => [
      { objectType: "Campaign", objectId: key, statistic: "RecordsReady", value: 1 },
      ...(key === "__proto__"
        ? []
        : [{ objectType: "Campaign", objectId: "Sales", statistic: key, value: 2 }]),
    ]);
    const response = await postText("/api/stats", JSON.stringify(items), {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.status).toBe(202);
    expect(server.hub.values.get("Campaign", "__proto__", "RecordsReady")?.value).toBe(1);
    expect(server.hub.values.get("Campaign", "Sales", "constructor")?.value).toBe(2);
    await expectBrowserParsesEverything(reader);
    reader.close();
  });

  it("refuses feeder statistics with reserved names", async () => {
    const response = await postText(
      "/api/stats",
      JSON.stringify([
        { objectType: "Campaign", objectId: "Sales", statistic: "$verdict", value: "known" },
      ]),
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(response.status).toBe(400);
  });
});
