import { hierarchy } from "d3-hierarchy";
import { describe, expect, it } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import { linkModel } from "../../../src/model/hierarchy/linkModel";
import { loadConfig } from "../../../src/model/loadConfig";
import {
  agentGroup,
  callingList,
  campaign,
  campaignGroup,
  loadMutagen,
  person,
  placeGroup,
  type MutagenSections,
} from "../rules/mutagenFixtures";
import { outline } from "./outline";

/** Two campaigns sharing calling list "Shared" and agent group "Team A"; "carl" is in no group. */
const SALES: MutagenSections = {
  campaigns: [campaign("Sales", ["Main", "Shared"]), campaign("Retention", ["Shared"])],
  campaignGroups: [
    campaignGroup("Sales@Team A", "Sales", "Team A"),
    campaignGroup("Retention@Team A", "Retention", "Team A"),
    campaignGroup("Floor", "Retention", "Floor 2", "placegroup"),
  ],
  agentGroups: [agentGroup("Team A", ["ann", "bob"])],
  placeGroups: [placeGroup("Floor 2", ["P1"])],
  persons: [person("ann", "E100"), person("bob"), person("carl", "E300")],
  places: [{ name: "P1", tenant: "Environment" }],
};

describe("buildHierarchy by campaign", () => {
  it("draws Tenant > Campaign > CampaignGroup > group > members and Campaign > C@L > CallingList", () => {
    expect(outline(buildHierarchy(loadMutagen(SALES)))).toEqual([
      "root  = (none)",
      "  tenant Environment",
      "    campaign Sales",
      "      campaignGroup Sales@Team A",
      "        groupAgents Team A",
      "          agent ann = E100",
      "          agent bob = (none)",
      "      campaignCallingList Main = Sales@Main",
      "        callingList Main",
      "      campaignCallingList Shared = Sales@Shared",
      "        callingList Shared",
      "    campaign Retention",
      "      campaignGroup Retention@Team A",
      "        groupAgents Team A",
      "          agent ann = E100",
      "          agent bob = (none)",
      "      campaignGroup Floor = Retention@Floor 2",
      "        groupPlaces Floor 2",
      "          place P1",
      "      campaignCallingList Shared = Retention@Shared",
      "        callingList Shared",
      "    unassigned Unassigned = (none)",
      "      agent carl = E300",
    ]);
  });

  it("gives a calling list shared by two campaigns two nodes with distinct ids and one object", () => {
    const model = loadMutagen(SALES);
    const built = buildHierarchy(model);
    const shared = model.byKind.callingList.find((list) => list.name === "Shared");
    const appearances = built.appearances(shared!.key);
    expect(appearances.map((n) => built.pathOf(n))).toEqual([
      "tenant:Environment/campaign:Sales/campaignCallingList:Shared/callingList:Shared",
      "tenant:Environment/campaign:Retention/campaignCallingList:Shared/callingList:Shared",
    ]);
    expect(appearances.map((n) => built.object(n))).toEqual([shared!.key, shared!.key]);
    expect(appearances.map((n) => built.isShared(n))).toEqual([true, true]);
  });

  it("points a CampaignCallingList at its campaign and the index of its entry", () => {
    const model = loadMutagen(SALES);
    const built = buildHierarchy(model);
    const sales = built.children(built.children(Hierarchy.ROOT)[0]!)[0]!;
    const entries = built.children(sales).filter((n) => built.kind(n) === "campaignCallingList");
    expect(entries.map((n) => [built.object(n), built.entry(n), built.statId(n)])).toEqual([
      [built.object(sales), 0, "Sales@Main"],
      [built.object(sales), 1, "Sales@Shared"],
    ]);
  });

  it("puts unused lists and groups, ungrouped persons and orphan campaign groups under Unassigned", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales", ["Main"])],
      callingLists: [callingList("Main"), callingList("Unused")],
      campaignGroups: [campaignGroup("Ghost@Team A", "Ghost", "Team A")],
      agentGroups: [agentGroup("Team A", ["ann"]), agentGroup("Spare", ["bob"])],
      persons: [person("ann", "E1"), person("bob", "E2"), person("carl", "E3")],
    });
    expect(outline(buildHierarchy(model))).toEqual([
      "root  = (none)",
      "  tenant Environment",
      "    campaign Sales",
      "      campaignCallingList Main = Sales@Main",
      "        callingList Main",
      "    unassigned Unassigned = (none)",
      "      campaignGroup Ghost@Team A",
      "        groupAgents Team A",
      "          agent ann = E1",
      "      groupAgents Spare",
      "        agent bob = E2",
      "      agent carl = E3",
      "      callingList Unused",
    ]);
  });

  it("names a CampaignCallingList whose list DBID matched nothing by that DBID, with no child", () => {
    const xml = `<ConfData>
  <CfgCampaign>
    <DBID value="101"/><tenantDBID value="1"/><name value="Sales"/><state value="1"/>
    <callingLists><CfgCallingListInfo><callingListDBID value="202"/></CfgCallingListInfo></callingLists>
  </CfgCampaign>
  <CfgCallingList><DBID value="201"/><tenantDBID value="1"/><name value="Main"/></CfgCallingList>
</ConfData>`;
    const model = loadConfig([{ path: "outbound.xml", content: xml }]);
    expect(outline(buildHierarchy(model)).slice(2)).toEqual([
      "    campaign Sales",
      "      campaignCallingList DBID 202 = (none)",
      "    unassigned Unassigned = (none)",
      "      callingList Main",
    ]);
  });

  it("leaves out a group member that resolved to an object of another kind, keeping the order", () => {
    const model = loadMutagen(SALES);
    const links = linkModel(model);
    const team = model.byKind.agentGroup[0]!;
    const [ann, bob] = links.membersOf.get(team.key)!;
    const sales = model.byKind.campaign[0]!;
    const membersOf = new Map(links.membersOf).set(team.key, [ann!, sales, bob!]);
    const built = buildHierarchy(model, "campaign", { ...links, membersOf });
    let group = Hierarchy.ROOT;
    for (let level = 0; level < 4; level++) group = built.children(group)[0]!;
    expect(built.name(group)).toBe("Team A");
    expect(built.children(group).map((n) => built.pathOf(n))).toEqual([
      "tenant:Environment/campaign:Sales/campaignGroup:Sales@Team A/groupAgents:Team A/agent:ann",
      "tenant:Environment/campaign:Sales/campaignGroup:Sales@Team A/groupAgents:Team A/agent:bob",
    ]);
  });

  it("puts each tenant's objects under its own tenant node", () => {
    const model = loadMutagen({
      tenants: [{ name: "East" }, { name: "West" }],
      campaigns: [
        campaign("Sales", [], { tenant: "West" }),
        campaign("Sales", [], { tenant: "East" }),
      ],
    });
    const built = buildHierarchy(model);
    const tenants = built.children(Hierarchy.ROOT);
    expect(
      tenants.map((t) => [built.name(t), built.children(t).map((c) => built.pathOf(c))]),
    ).toEqual([
      ["East", ["tenant:East/campaign:Sales"]],
      ["West", ["tenant:West/campaign:Sales"]],
    ]);
  });
});

describe("buildHierarchy by calling list", () => {
  it("draws Tenant > CallingList > C@L > Campaign > CampaignGroup > group, leaving members to the campaign pivot", () => {
    expect(outline(buildHierarchy(loadMutagen(SALES), "callingList"))).toEqual([
      "root  = (none)",
      "  tenant Environment",
      "    callingList Main",
      "      campaignCallingList Main = Sales@Main",
      "        campaign Sales",
      "          campaignGroup Sales@Team A",
      "            groupAgents Team A",
      "    callingList Shared",
      "      campaignCallingList Shared = Sales@Shared",
      "        campaign Sales",
      "          campaignGroup Sales@Team A",
      "            groupAgents Team A",
      "      campaignCallingList Shared = Retention@Shared",
      "        campaign Retention",
      "          campaignGroup Retention@Team A",
      "            groupAgents Team A",
      "          campaignGroup Floor = Retention@Floor 2",
      "            groupPlaces Floor 2",
      "    unassigned Unassigned = (none)",
      "      agent carl = E300",
    ]);
  });

  it("puts a campaign with no calling list under Unassigned with its groups", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      agentGroups: [agentGroup("Team A")],
    });
    expect(outline(buildHierarchy(model, "callingList")).slice(2)).toEqual([
      "    unassigned Unassigned = (none)",
      "      campaign Sales",
      "        campaignGroup Sales@Team A",
      "          groupAgents Team A",
    ]);
  });
});

describe("buildHierarchy by group", () => {
  it("draws Tenant > GroupAgents | GroupPlaces > CampaignGroup > Campaign", () => {
    expect(outline(buildHierarchy(loadMutagen(SALES), "group"))).toEqual([
      "root  = (none)",
      "  tenant Environment",
      "    groupAgents Team A",
      "      campaignGroup Sales@Team A",
      "        campaign Sales",
      "      campaignGroup Retention@Team A",
      "        campaign Retention",
      "    groupPlaces Floor 2",
      "      campaignGroup Floor = Retention@Floor 2",
      "        campaign Retention",
    ]);
  });

  it("puts campaign groups without a group and campaigns without campaign groups under Unassigned", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales"), campaign("Idle")],
      campaignGroups: [campaignGroup("Nobody", "Sales", null)],
    });
    expect(outline(buildHierarchy(model, "group")).slice(2)).toEqual([
      "    unassigned Unassigned = (none)",
      "      campaignGroup Nobody = (none)",
      "        campaign Sales",
      "      campaign Idle",
    ]);
  });
});

describe("hierarchy node ids", () => {
  it("are the same when the same file is loaded twice", () => {
    const ids = (pivot: "campaign" | "callingList" | "group") => {
      const built = buildHierarchy(loadMutagen(SALES), pivot);
      return Array.from({ length: built.size }, (_, n) => built.pathOf(asNodeId(n)));
    };
    for (const pivot of ["campaign", "callingList", "group"] as const) {
      expect(ids(pivot)).toEqual(ids(pivot));
    }
  });

  it("stay unique with duplicate names, numbering the later ones", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales", ["L", "L"]), campaign("Sales")],
    });
    const built = buildHierarchy(model);
    const tenant = built.children(Hierarchy.ROOT)[0]!;
    const campaigns = built.children(tenant);
    expect(campaigns.map((n) => built.pathOf(n))).toEqual([
      "tenant:Environment/campaign:Sales",
      "tenant:Environment/campaign:Sales;2",
    ]);
    expect(campaigns.map((n) => built.nodeAt(built.pathOf(n)))).toEqual(campaigns);
    expect(built.children(campaigns[0]!).map((n) => built.pathOf(n))).toEqual([
      "tenant:Environment/campaign:Sales/campaignCallingList:L",
      "tenant:Environment/campaign:Sales/campaignCallingList:L;2",
    ]);
  });

  it('escape "/", ":" and ";" in names so that no name forges another path', () => {
    const model = loadMutagen({ campaigns: [campaign("a/campaign:b"), campaign("a;2@x")] });
    const built = buildHierarchy(model);
    const campaigns = built.children(built.children(Hierarchy.ROOT)[0]!);
    const ids = campaigns.map((n) => built.pathOf(n));
    expect(campaigns.map((n) => built.nodeAt(built.pathOf(n)))).toEqual(campaigns);
    expect(ids).toEqual([
      "tenant:Environment/campaign:a%2Fcampaign%3Ab",
      "tenant:Environment/campaign:a%3B2@x",
    ]);
  });
});

describe("the built Hierarchy", () => {
  it("gives every node its parent, the root none, and finds a node by its path", () => {
    const built = buildHierarchy(loadMutagen(SALES));
    expect(built.parent(Hierarchy.ROOT)).toBeNull();
    const agent = built.nodeAt(
      "tenant:Environment/campaign:Sales/campaignGroup:Sales@Team A/groupAgents:Team A/agent:ann",
    );
    expect(agent).not.toBeNull();
    expect(built.statId(agent!)).toBe("E100");
    expect(built.pathOf(built.parent(agent!)!)).toBe(
      "tenant:Environment/campaign:Sales/campaignGroup:Sales@Team A/groupAgents:Team A",
    );
  });

  it("lists a campaign's appearances without its CampaignCallingList nodes", () => {
    const model = loadMutagen(SALES);
    const built = buildHierarchy(model);
    const sales = model.byKind.campaign[0]!;
    expect(built.appearances(sales.key).map((n) => built.pathOf(n))).toEqual([
      "tenant:Environment/campaign:Sales",
    ]);
  });
});

describe("d3-hierarchy", () => {
  it("reads the tree as it is, one d3 node per hierarchy node", () => {
    const built = buildHierarchy(loadMutagen(SALES));
    const d3root = hierarchy(Hierarchy.ROOT, (n) => built.children(n));
    expect(d3root.descendants()).toHaveLength(built.size);
    expect(d3root.height).toBe(5);
    expect(d3root.height).toBe(built.maxDepth);
    expect(d3root.leaves().map((leaf) => built.name(leaf.data))).toContain("Shared");
  });
});
