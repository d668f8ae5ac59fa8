import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ConfigKind } from "../../../src/model/config/kinds";
import { MUTAGEN_JSON_SCHEMAS } from "../../../src/model/import/mutagenJsonSchemas";

const OBJECTS = resolve("../shared/samples/mutagen/objects");

function sample(name: string): unknown {
  return JSON.parse(readFileSync(resolve(OBJECTS, name), "utf8"));
}

describe("mutagen JSON object schemas", () => {
  it.each<[string, ConfigKind]>([
    ["agentgroup.json", "agentGroup"],
    ["campaign.json", "campaign"],
    ["campaigngroup.json", "campaignGroup"],
    ["empty_campaign.json", "campaign"],
    ["empty_campaigngroup.json", "campaignGroup"],
    ["person.json", "person"],
    ["place.json", "place"],
    ["placegroup.json", "placeGroup"],
    ["tenant.json", "tenant"],
  ])("%s fits the %s schema", (name, kind) => {
    const result = MUTAGEN_JSON_SCHEMAS[kind].safeParse(sample(name));
    expect(result.error).toBeUndefined();
  });

  it("accepts every enum of a fully filled campaign group as mutagen spells it", () => {
    const parsed = MUTAGEN_JSON_SCHEMAS.campaignGroup.parse(sample("campaigngroup.json"));
    expect(parsed).toMatchObject({
      name: "campaignGroup",
      state: "enabled",
      dialMode: "dmpredict",
      optMethod: "omoverdialrate",
      operationMode: "ommanual",
      group: { name: "group", groupType: "agentgroup" },
      campaign: { name: "campaign", tenant: "tenant" },
    });
  });

  it("reads a campaign's calling list entries", () => {
    expect(MUTAGEN_JSON_SCHEMAS.campaign.parse(sample("campaign.json")).callingLists).toEqual([
      { callingList: "callingList", isActive: true, share: 10 },
    ]);
  });

  it("reads the agent flag and the employee id of a person", () => {
    expect(MUTAGEN_JSON_SCHEMAS.person.parse(sample("person.json"))).toMatchObject({
      userName: "userName",
      employeeId: "employeeId",
      agent: true,
    });
  });

  it("refuses a campaign group whose group type is neither agentgroup nor placegroup", () => {
    const result = MUTAGEN_JSON_SCHEMAS.campaignGroup.safeParse({
      name: "g",
      campaign: { name: "c" },
      group: { name: "team", groupType: "team" },
    });
    expect(result.error?.issues[0]?.path).toEqual(["group", "groupType"]);
  });
});
