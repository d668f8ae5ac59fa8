import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/model/loadConfig";
import { findingsOf } from "./findingsOf";
import { campaign, loadMutagen } from "./mutagenFixtures";

describe("inactive-calling-list", () => {
  it("flags a list with share 0 as a CampaignCallingList <campaign>@<list>", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales", ["Main", { callingList: "Parked", share: 0, isActive: true }])],
    });
    const findings = findingsOf("inactive-calling-list", model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      kind: "campaignCallingList",
      name: "Sales@Parked",
      statId: "Sales@Parked",
      location: "campaigns[0]",
      message: `Calling list "Parked" of campaign "Sales" has share 0, so the campaign takes no records from it.`,
    });
  });

  it("flags an inactive list, and one that is both", () => {
    const model = loadMutagen({
      campaigns: [
        campaign("Sales", [
          { callingList: "Off", share: 10, isActive: false },
          { callingList: "Both", share: 0, isActive: false },
        ]),
      ],
    });
    expect(findingsOf("inactive-calling-list", model).map((f) => f.message)).toEqual([
      `Calling list "Both" of campaign "Sales" has share 0 and is not active, so the campaign takes no records from it.`,
      `Calling list "Off" of campaign "Sales" is not active, so the campaign takes no records from it.`,
    ]);
  });

  it("reads an entry without share or isActive as share 10, active", () => {
    const model = loadMutagen({ campaigns: [campaign("Sales", [{ callingList: "Main" }])] });
    expect(findingsOf("inactive-calling-list", model)).toEqual([]);
  });

  it("names a list known only by an unresolved DBID by that DBID", () => {
    const xml = `<ConfData>
  <CfgCampaign>
    <DBID value="101"/><tenantDBID value="1"/><name value="Sales"/><state value="1"/>
    <callingLists>
      <CfgCallingListInfo><callingListDBID value="202"/><share value="0"/><isActive value="2"/></CfgCallingListInfo>
    </callingLists>
  </CfgCampaign>
  <CfgCallingList><DBID value="201"/><tenantDBID value="1"/><name value="Main"/><state value="1"/></CfgCallingList>
</ConfData>`;
    const model = loadConfig([{ path: "outbound.xml", content: xml }]);
    expect(findingsOf("inactive-calling-list", model)).toEqual([
      expect.objectContaining({
        name: "DBID 202",
        statId: null,
        location: "line 2, column 3",
        message: `Calling list DBID 202 of campaign "Sales" has share 0, so the campaign takes no records from it.`,
      }),
    ]);
  });
});
