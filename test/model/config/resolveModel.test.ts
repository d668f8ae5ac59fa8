import { describe, expect, it } from "vitest";
import type { ConfigModel } from "../../../src/model/config/ConfigModel";
import { loadConfig } from "../../../src/model/loadConfig";
import { mutagenText, place } from "../rules/mutagenFixtures";
import { resolveModel } from "../../../src/model/config/resolveModel";
import type { ImportedFile } from "../../../src/model/config/ConfigModel";
import type { ImportedObject } from "../../../src/model/config/objects";
import { asDbid } from "../../../src/model/config/ids";
import type { ConfigKind } from "../../../src/model/config/kinds";

const at = (file: string, path: string) => ({ file, path });
const campaignIn = (tenant: string) => ({ name: "Sales", tenant, state: "enabled" });

function file(
  path: string,
  carries: ConfigKind[],
  objects: ImportedObject[],
  format: ImportedFile["format"] = "mutagen-json",
): ImportedFile {
  return { path, format, carries, objects, skipped: [] };
}

const campaign = (
  name: string,
  lists: string[] = [],
  source = at("a.json", "campaigns[0]"),
): ImportedObject => ({
  kind: "campaign",
  tenant: "Environment",
  name,
  state: "Enabled",
  source,
  extra: {},
  callingLists: lists.map((l) => ({ callingList: { name: l }, share: 10, isActive: true })),
});

const campaignGroup = (
  name: string,
  campaignName: string,
  groupName: string | null,
  source = at("a.json", "campaignGroups[0]"),
): ImportedObject => ({
  kind: "campaignGroup",
  tenant: "Environment",
  name,
  state: "Enabled",
  source,
  extra: {},
  campaign: { name: campaignName },
  group: groupName === null ? null : { name: groupName, groupType: "AgentGroup" },
});

const agentGroup = (name: string, agents: string[], source = at("a.json", "agentGroups[0]")) =>
  ({
    kind: "agentGroup",
    tenant: "Environment",
    name,
    state: "Enabled",
    source,
    extra: {},
    agents: agents.map((a) => ({ name: a })),
  }) satisfies ImportedObject;

describe("resolveModel", () => {
  it("makes each object only a reference names enabled, implicit and empty", () => {
    // One campaign group whose file carries nothing else: its campaign, its agent group and
    // (through the group) nothing more are known only by name; the tenant by its DBID.
    const model = resolveModel([
      file(
        "a.json",
        ["campaignGroup"],
        [
          {
            ...campaignGroup("Sales@Team A", "Sales", "Team A"),
            tenant: "",
            tenantDbid: asDbid(7),
          },
        ],
        "mutagen-raw",
      ),
    ]);
    const implicit = [...model.objects.values()].filter((o) => o.implicit);
    expect(
      implicit.map((o) => [o.kind, o.name, o.tenant, o.state, o.source.file, o.alsoIn, o.extra]),
    ).toEqual([
      ["campaign", "Sales", "Tenant DBID 7", "Enabled", "a.json", [], {}],
      ["agentGroup", "Team A", "Tenant DBID 7", "Enabled", "a.json", [], {}],
      ["tenant", "Tenant DBID 7", "Tenant DBID 7", "Enabled", "a.json", [], {}],
    ]);
    expect(model.byKind.campaign[0]).toMatchObject({ callingLists: [] });
    expect(model.byKind.agentGroup[0]).toMatchObject({ agents: [] });
  });

  it("makes implicit persons, places, place groups and calling lists enabled and empty", () => {
    const model = resolveModel([
      file(
        "a.json",
        ["campaign", "campaignGroup", "agentGroup"],
        [
          campaign("Sales", ["CL_Paris"]),
          agentGroup("Team A", ["jdoe"]),
          {
            kind: "campaignGroup",
            tenant: "Environment",
            name: "Sales@Floor 1",
            state: "Enabled",
            source: at("a.json", "campaignGroups[0]"),
            extra: {},
            campaign: { name: "Sales" },
            group: { name: "Floor 1", groupType: "PlaceGroup" },
          },
        ],
      ),
    ]);
    const implicit = [...model.objects.values()].filter((o) => o.implicit);
    expect(implicit.map((o) => [o.kind, o.name, o.state, o.alsoIn, o.extra])).toEqual([
      ["callingList", "CL_Paris", "Enabled", [], {}],
      ["person", "jdoe", "Enabled", [], {}],
      ["placeGroup", "Floor 1", "Enabled", [], {}],
      ["tenant", "Environment", "Enabled", [], {}],
    ]);
    expect(model.byKind.person[0]).toMatchObject({ isAgent: true });
    expect(model.byKind.placeGroup[0]).toMatchObject({ places: [] });
    const places = resolveModel([
      file(
        "p.json",
        ["placeGroup"],
        [
          {
            kind: "placeGroup",
            tenant: "Environment",
            name: "Floor 2",
            state: "Enabled",
            source: at("p.json", "placeGroups[0]"),
            extra: {},
            places: [{ name: "Desk 9" }],
          },
        ],
      ),
    ]).byKind.place;
    expect(places.map((o) => [o.name, o.implicit, o.state])).toEqual([["Desk 9", true, "Enabled"]]);
  });

  it("creates implicit calling lists for names a mutagen JSON campaign refers to", () => {
    const model = resolveModel([
      file("a.json", ["campaign"], [campaign("Sales", ["CL_Paris", "CL_Lyon"])]),
    ]);
    const lists = model.byKind.callingList;
    expect(lists.map((l) => [l.name, l.implicit])).toEqual([
      ["CL_Paris", true],
      ["CL_Lyon", true],
    ]);
    const sales = model.byKind.campaign[0]!;
    expect(sales.callingLists.map((e) => e.callingList.key)).toEqual(lists.map((l) => l.key));
  });

  it("shares one implicit calling list between two campaigns that name it", () => {
    const model = resolveModel([
      file(
        "a.json",
        ["campaign"],
        [campaign("Sales", ["CL_Shared"]), campaign("Renewals", ["CL_Shared"])],
      ),
    ]);
    expect(model.byKind.callingList).toHaveLength(1);
    const [a, b] = model.byKind.campaign;
    expect(a!.callingLists[0]!.callingList.key).toBe(b!.callingLists[0]!.callingList.key);
  });

  it("leaves a reference unresolved when its kind is carried but the object is absent", () => {
    const model = resolveModel([
      file(
        "a.json",
        ["campaign", "campaignGroup", "agentGroup"],
        [campaign("Sales"), campaignGroup("Sales@Team A", "Sales", "Team A")],
      ),
    ]);
    const group = model.byKind.campaignGroup[0]!.group;
    expect(group).toMatchObject({ name: "Team A", key: null, groupType: "AgentGroup" });
    expect(model.byKind.agentGroup).toHaveLength(0);
  });

  it("resolves a campaign group to its campaign and agent group by name", () => {
    const model = resolveModel([
      file(
        "a.json",
        ["campaign", "campaignGroup", "agentGroup"],
        [
          campaign("Sales"),
          agentGroup("Team A", ["jdoe"]),
          campaignGroup("Sales@Team A", "Sales", "Team A"),
        ],
      ),
    ]);
    const cg = model.byKind.campaignGroup[0]!;
    expect(model.objects.get(cg.campaign.key!)?.name).toBe("Sales");
    expect(model.objects.get(cg.group!.key!)?.name).toBe("Team A");
    // No file carries persons: the agent is implicit, known by its userName only.
    const person = model.byKind.person[0]!;
    expect(person).toMatchObject({ name: "jdoe", implicit: true });
  });

  it("keeps two objects of one name from one file apart, for the duplicate-name rule", () => {
    const model = resolveModel([
      file(
        "a.json",
        ["campaign"],
        [
          campaign("Sales", [], at("a.json", "campaigns[0]")),
          campaign("Sales", [], at("a.json", "campaigns[1]")),
        ],
      ),
    ]);
    expect(model.byKind.campaign).toHaveLength(2);
  });

  it("merges the same campaign from two files, the later file's fields winning", () => {
    const before = campaign("Sales", ["CL_Old"], at("snapshot.json", "campaigns[0]"));
    const update = {
      ...campaign("Sales", [], at("update.json", "campaigns[0]")),
      description: "a new description",
      state: "Disabled" as const,
    };
    const model = resolveModel([
      file("snapshot.json", ["campaign"], [before]),
      file("update.json", ["campaign"], [update]),
    ]);
    expect(model.byKind.campaign).toHaveLength(1);
    const sales = model.byKind.campaign[0]!;
    expect(sales.description).toBe("a new description");
    expect(sales.state).toBe("Disabled");
    expect(sales.callingLists.map((e) => e.callingList.name)).toEqual(["CL_Old"]);
    expect(sales.source.file).toBe("snapshot.json");
    expect(sales.alsoIn.map((s) => s.file)).toEqual(["update.json"]);
  });

  it("resolves RAW references by DBID and names tenants from their DBID", () => {
    const raw: ImportedObject[] = [
      {
        kind: "tenant",
        dbid: asDbid(101),
        tenant: "",
        name: "Acme",
        state: "Enabled",
        source: at("r.json", "CFGTenant[0]"),
        extra: {},
      },
      {
        kind: "campaign",
        dbid: asDbid(7),
        tenant: "",
        tenantDbid: asDbid(101),
        name: "Sales",
        state: "Enabled",
        source: at("r.json", "CFGCampaign[0]"),
        extra: {},
        callingLists: [{ callingList: { dbid: asDbid(201) }, share: 0, isActive: true }],
      },
      {
        kind: "callingList",
        dbid: asDbid(201),
        tenant: "",
        tenantDbid: asDbid(101),
        name: "CL_Paris",
        state: "Enabled",
        source: at("r.json", "CFGCallingList[0]"),
        extra: {},
      },
    ];
    const model = resolveModel([
      file("r.json", ["tenant", "campaign", "callingList"], raw, "mutagen-raw"),
    ]);
    const sales = model.byKind.campaign[0]!;
    expect(sales.tenant).toBe("Acme");
    expect(model.objects.get(sales.callingLists[0]!.callingList.key!)?.name).toBe("CL_Paris");
    expect(model.byKind.tenant.map((t) => [t.name, t.implicit])).toEqual([["Acme", false]]);
  });

  it("calls tenant DBID 1 Environment when the file carries no tenants", () => {
    const model = resolveModel([
      file(
        "r.json",
        ["campaign"],
        [
          {
            kind: "campaign",
            dbid: asDbid(7),
            tenant: "",
            tenantDbid: asDbid(1),
            name: "Sales",
            state: "Enabled",
            source: at("r.json", "CFGCampaign[0]"),
            extra: {},
            callingLists: [],
          },
        ],
        "mutagen-raw",
      ),
    ]);
    expect(model.byKind.campaign[0]!.tenant).toBe("Environment");
    expect(model.byKind.tenant).toMatchObject([{ name: "Environment", implicit: true }]);
  });

  it("adds the tenants objects only name, after the declared ones, in order of first mention", () => {
    const places = {
      places: [place("P1", { tenant: "Zeta" }), place("P2", { tenant: "Acme" })],
    };
    const campaigns = { campaigns: [campaignIn("Beta")] };
    const tenants = { tenants: [{ name: "Acme", state: "enabled" }] };
    const tenantsOf = (model: ConfigModel) =>
      model.byKind.tenant.map((t) => `${t.name}${t.implicit ? " (implicit)" : ""}`);

    const one = loadConfig([
      { path: "all.json", content: mutagenText({ ...tenants, ...places, ...campaigns }) },
    ]);
    expect(tenantsOf(one)).toEqual(["Acme", "Zeta (implicit)", "Beta (implicit)"]);

    const two = loadConfig([
      { path: "campaigns.json", content: mutagenText(campaigns) },
      { path: "places.json", content: mutagenText({ ...tenants, ...places }) },
    ]);
    expect(tenantsOf(two)).toEqual(["Acme", "Beta (implicit)", "Zeta (implicit)"]);
  });

  it("counts each file's own objects, not the implicit ones it caused", () => {
    const model = resolveModel([file("a.json", ["campaign"], [campaign("Sales", ["CL_A"])])]);
    expect(model.files[0]!.counts.campaign).toBe(1);
    expect(model.files[0]!.counts.callingList).toBe(0);
    expect(model.carried.has("callingList")).toBe(false);
  });

  it("resolves a file's objects in place, and copies them when the file is resolved again", () => {
    const imported = file(
      "a.json",
      ["campaign", "campaignGroup", "agentGroup"],
      [
        campaign("Sales", ["CL_A"]),
        agentGroup("Team A", ["jdoe"]),
        campaignGroup("Sales@Team A", "Sales", "Team A"),
      ],
    );
    const first = resolveModel([imported]);
    expect(first.byKind.campaign[0]).toBe(imported.objects[0]);
    const firstKeys = JSON.stringify([...first.objects.values()]);

    const withAnother = resolveModel([
      file("b.json", ["campaign"], [campaign("Renewals")]),
      imported,
    ]);
    // The second model numbers the objects anew; the first keeps its own keys and references.
    expect(first.byKind.campaign.map((c) => c.key)).toEqual([1]);
    expect(withAnother.byKind.campaign.map((c) => c.key)).toEqual([1, 2]);
    expect(withAnother.byKind.campaign[1]).not.toBe(imported.objects[0]);
    expect(JSON.stringify([...first.objects.values()])).toBe(firstKeys);
    const group = withAnother.byKind.campaignGroup[0]!;
    expect(withAnother.objects.get(group.campaign.key!)?.name).toBe("Sales");
    expect(withAnother.objects.get(group.group!.key!)?.name).toBe("Team A");
  });

  it("leaves the references of merged objects' files untouched", () => {
    const before = campaign("Sales", ["CL_A"], at("snapshot.json", "campaigns[0]"));
    const update = campaign("Sales", ["CL_B"], at("update.json", "campaigns[0]"));
    const model = resolveModel([
      file("snapshot.json", ["campaign"], [before]),
      file("update.json", ["campaign"], [update]),
    ]);
    expect(model.byKind.campaign[0]!.callingLists[0]!.callingList.key).toBe(
      model.byKind.callingList[0]!.key,
    );
    for (const imported of [before, update]) {
      if (imported.kind !== "campaign") throw new Error("a campaign was expected");
      expect(imported.callingLists[0]!.callingList.key).toBeUndefined();
    }
  });
});
