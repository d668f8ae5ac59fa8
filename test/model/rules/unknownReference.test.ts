import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import {
  agentGroup,
  callingList,
  campaign,
  campaignGroup,
  loadMutagen,
  person,
} from "./mutagenFixtures";

describe("unknown-reference", () => {
  it("flags a campaign group whose campaign is not in a file that carries campaigns", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Retention@Team A", "Retention", "Team A")],
      agentGroups: [agentGroup("Team A")],
    });
    const [finding] = findingsOf("unknown-reference", model);
    expect(finding).toMatchObject({
      severity: "error",
      kind: "campaignGroup",
      name: "Retention@Team A",
    });
    expect(finding?.message).toBe(
      `Campaign group "Retention@Team A" refers to campaign "Retention" as its campaign, which is not in the loaded files.`,
    );
    expect(finding?.suggestion).toBe(
      "Load the file that holds the campaign, or correct the reference.",
    );
  });

  it("suggests an existing name that differs only by case or surrounding spaces", () => {
    const model = loadMutagen({
      agentGroups: [agentGroup("Team A", ["Ann"])],
      persons: [person("ann", "E1")],
    });
    const [finding] = findingsOf("unknown-reference", model);
    expect(finding?.message).toContain(`refers to person "Ann" as a member`);
    expect(finding?.suggestion).toBe(`Did you mean "ann"?`);
  });

  it("flags a campaign's calling list missing from a file that carries calling lists", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales", ["List 1", "List 2"])],
      callingLists: [callingList("List 1")],
    });
    const findings = findingsOf("unknown-reference", model);
    expect(findings.map((f) => f.message)).toEqual([
      `Campaign "Sales" refers to calling list "List 2" as calling list entry 2, which is not in the loaded files.`,
    ]);
  });

  it("says nothing when no file carries the kind: mutagen exports no calling lists", () => {
    const model = loadMutagen({ campaigns: [campaign("Sales", ["List 1"])] });
    expect(findingsOf("unknown-reference", model)).toEqual([]);
  });
});
