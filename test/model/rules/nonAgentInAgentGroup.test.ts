import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../../src/model/loadConfig";
import { outline } from "../hierarchy/outline";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen, person } from "./mutagenFixtures";

const nonAgent = (userName: string) => person(userName, undefined, { agent: false });

describe("persons who are not agents", () => {
  const model = loadMutagen({
    campaigns: [campaign("Sales")],
    campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
    agentGroups: [agentGroup("Team A", ["ann", "sue"]), agentGroup("Team B", ["ann"])],
    persons: [person("ann", "E1"), nonAgent("sue"), nonAgent("sam"), nonAgent("sid")],
  });

  it("are not drawn as agents, and Unassigned counts those in no group without listing them", () => {
    expect(outline(buildHierarchy(model))).toEqual([
      "root  = (none)",
      "  tenant Environment",
      "    campaign Sales",
      "      campaignGroup Sales@Team A",
      "        groupAgents Team A",
      "          agent ann = E1",
      "    unassigned Unassigned (and 2 persons who are not agents, not listed) = (none)",
      "      groupAgents Team B",
      "        agent ann = E1",
    ]);
  });

  it("non-agent-in-agent-group flags the agent group that lists one", () => {
    const findings = findingsOf("non-agent-in-agent-group", model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: "agentGroup",
      name: "Team A",
      severity: "warning",
      message:
        'Agent group "Team A" lists person "sue", who is not an agent: Stat Server has no Agent object for this person and will not count them in the group.',
    });
  });

  it("names the first three of many, and is not taken for an agent without an employee ID", () => {
    const many = loadMutagen({
      agentGroups: [agentGroup("Floor", ["a", "b", "c", "d"])],
      persons: ["a", "b", "c", "d"].map(nonAgent),
    });
    expect(findingsOf("non-agent-in-agent-group", many)[0]?.message).toContain(
      '4 persons who are not agents ("a", "b", "c" and 1 more)',
    );
    expect(findingsOf("agent-without-employee-id", many)).toEqual([]);
  });

  it("a person whose file does not say is taken for an agent", () => {
    const unsaid = loadMutagen({
      agentGroups: [agentGroup("Floor", ["a"])],
      persons: [{ userName: "a", employeeId: "E1", tenant: "Environment" }],
    });
    expect(unsaid.byKind.person[0]?.isAgent).toBe(true);
    expect(findingsOf("non-agent-in-agent-group", unsaid)).toEqual([]);
  });

  it("reads PSDK's CFGFalse as not an agent", () => {
    const xml = `<ConfData>
      <CfgPerson><DBID value="1"/><userName value="admin"/><isAgent value="CFGFalse"/></CfgPerson>
      <CfgAgentGroup><CfgGroup><DBID value="5"/><name value="Team"/></CfgGroup>
        <agentDBIDs><DBID value="1"/></agentDBIDs></CfgAgentGroup>
    </ConfData>`;
    const psdk = loadConfig([{ path: "people.xml", content: xml }]);
    expect(findingsOf("non-agent-in-agent-group", psdk).map((f) => f.name)).toEqual(["Team"]);
    expect(outline(buildHierarchy(psdk))).not.toContain("agent admin");
  });

  it("mutagen's persons sample (a person with agent false) draws no agent", () => {
    const path = "../shared/samples/mutagen/export-json/persons-config.json";
    const sample = loadConfig([{ path, content: readFileSync(path) }]);
    expect(outline(buildHierarchy(sample))).toEqual([
      "root  = (none)",
      "  tenant Environment",
      "    unassigned Unassigned (and 1 person who is not an agent, not listed) = (none)",
    ]);
  });
});
