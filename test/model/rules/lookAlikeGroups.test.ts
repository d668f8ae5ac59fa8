import { describe, expect, it } from "vitest";
import { createRuleContext } from "../../../src/model/rules/RuleContext";
import {
  foldName,
  groupLookAlikes,
  lookAlikeGroups,
} from "../../../src/model/rules/lookAlikeGroups";
import { agentGroup, campaign, loadMutagen, placeGroup } from "./mutagenFixtures";

describe("lookAlikeGroups", () => {
  it("folds full-width letters and letter case to one key, and leaves ASCII as it is", () => {
    expect(foldName("Ｓａｌｅｓ")).toBe("sales");
    expect(foldName("SALES")).toBe("sales");
    expect(foldName("Team ①")).toBe("team 1");
    expect(foldName("Équipe")).toBe("équipe");
  });

  it("groups the objects of one scope whose names fold alike, in model order, two or more", () => {
    const model = loadMutagen({
      campaigns: [
        campaign("Sales"),
        campaign("Retention"),
        campaign("SALES"),
        campaign(""),
        campaign("Ｓａｌｅｓ"),
        campaign(""),
      ],
    });
    expect(groupLookAlikes(model.byKind.campaign).map((g) => g.map((o) => o.name))).toEqual([
      ["Sales", "SALES", "Ｓａｌｅｓ"],
    ]);
  });

  it("keeps kinds and tenants apart, and finds the groups once per rule context", () => {
    const context = createRuleContext(
      loadMutagen({
        campaigns: [campaign("Sales"), campaign("sales", [], { tenant: "Other" })],
        agentGroups: [agentGroup("Team A"), agentGroup("TEAM A")],
        placeGroups: [placeGroup("team a")],
      }),
    );
    const groups = lookAlikeGroups(context);
    expect(groups.map((g) => g.map((o) => `${o.kind} ${o.name}`))).toEqual([
      ["agentGroup Team A", "agentGroup TEAM A"],
    ]);
    expect(lookAlikeGroups(context)).toBe(groups);
  });
});
