import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadHierarchy } from "../../src/node/server/loadHierarchy";
import { ocsGroupDirectory } from "../../src/node/server/ocsGroupDirectory";
import { SECRET, startTestServer, type TestServer } from "./startTestServer";

const SAMPLE = "public/samples/place-groups.xml";

let server: TestServer;
beforeEach(async () => {
  const loaded = await loadHierarchy([SAMPLE]);
  server = await startTestServer({
    knownGroups: ocsGroupDirectory(loaded.hierarchy, loaded.model),
  });
});
afterEach(async () => {
  await server.close();
});

const OCS_PATH = `/api/ocs/campaign-group-state?secret=${SECRET}`;
const post = (body: unknown) =>
  fetch(server.url + OCS_PATH, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** The DBID and Stat Server id of a campaign group of the sample, read from the file itself. */
async function sampleGroup(name: string): Promise<number> {
  const xml = await readFile(SAMPLE, "utf8");
  const block = xml
    .split("<CfgCampaignGroup>")
    .find((part) => part.includes(`<name value="${name}"/>`));
  return Number(/<DBID value="(\d+)"\/>/.exec(block!)![1]);
}

describe("OCS reports without GSW_CAMPAIGN_NAME", () => {
  it("places a report by its group's DBID, even when the group is misnamed", async () => {
    const dbid = await sampleGroup("Relance_Q3@Etage 3 Lyon");
    const response = await post({
      GSW_CAMPAIGN_GROUP_DBID: dbid,
      GSW_CAMPAIGN_GROUP_NAME: "Relance_Q3@Etage 3 Lyon",
      GSW_DIAL_MODE: 1,
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ objectId: "Relance_Q3@Étage 3 Lyon" });
    expect(server.hub.values.get("Campaign", "Relance_Q3", "Status")?.value).toBe("Running");
  });

  it("places a report by a campaign group name holding exactly one @", async () => {
    const response = await post({
      GSW_CAMPAIGN_GROUP_NAME: "Outbound_Q4@Team North",
      GSW_DIAL_MODE: 2,
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ objectId: "Outbound_Q4@Team North" });
    expect(
      server.hub.values.get("CampaignGroup", "Outbound_Q4@Team North", "DialMode")?.value,
    ).toBe("Progress");
  });

  it("refuses with 400 and counts a report whose group cannot be told", async () => {
    const response = await post({
      GSW_CAMPAIGN_GROUP_NAME: "a@b@c",
      GSW_CAMPAIGN_GROUP_DBID: 999_999,
      GSW_GROUP_NAME: "Team",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { reason: string }).reason).toBe(
      "cannot tell which campaign group this is: no GSW_CAMPAIGN_NAME; GSW_CAMPAIGN_GROUP_DBID 999999 is no campaign group of the loaded configuration; " +
        'GSW_CAMPAIGN_GROUP_NAME "a@b@c" does not hold exactly one @',
    );
    expect(server.hub.seq).toBe(0);
    expect(server.counters.ocsUnplaced).toBe(1);
  });
});

describe("OCS figures per calling list", () => {
  it("puts each list's hit ratio and time to complete on its CampaignCallingList", async () => {
    const response = await post({
      GSW_CAMPAIGN_NAME: "Relance_Q3",
      GSW_GROUP_NAME: "Étage 3 Lyon",
      GSW_DIAL_MODE: 1,
      GSW_CALLING_LISTS: [
        {
          GSW_CALLING_LIST_NAME: "Relance_Impayés_Q3",
          GSW_STAT_HIT_RATIO: 0.27,
          GSW_STAT_TIME_TO_COMPLETE: 5400,
        },
        { GSW_CALLING_LIST_NAME: "Rappels_Clients", GSW_STAT_HIT_RATIO: null },
      ],
    });
    expect(response.status).toBe(202);
    const held = (id: string, stat: string) =>
      server.hub.values.get("CampaignCallingList", id, stat)?.value;
    expect(held("Relance_Q3@Relance_Impayés_Q3", "HitRatio")).toBe(0.27);
    expect(held("Relance_Q3@Relance_Impayés_Q3", "TimeToComplete")).toBe(5400);
    expect(held("Relance_Q3@Rappels_Clients", "HitRatio")).toBeNull();
    expect(held("Relance_Q3@Rappels_Clients", "TimeToComplete")).toBeUndefined();
  });

  it("refuses a list entry without a name, naming its path", async () => {
    const response = await post({
      GSW_CAMPAIGN_NAME: "Relance_Q3",
      GSW_GROUP_NAME: "Étage 3 Lyon",
      GSW_CALLING_LISTS: [{ GSW_STAT_HIT_RATIO: 0.2 }],
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { reason: string }).reason).toMatch(
      /^GSW_CALLING_LISTS\[0\]\.GSW_CALLING_LIST_NAME:/,
    );
  });
});
