import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConfigObject } from "../../../src/model/config/objects";
import { createRuleContext } from "../../../src/model/rules/RuleContext";
import {
  foldName,
  groupLookAlikes,
  lookAlikeGroups,
} from "../../../src/model/rules/lookAlikeGroups";
import { arbitraryName } from "./arbitraryModel";
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

  it("keeps apart two names whose folds share a hash, and still groups their look-alikes", () => {
    // "team 6yzx" and "team d6ad" have the same 32-bit FNV-1a hash (found by search): a
    // hash groups candidates, the folds decide.
    const objects = ["team 6yzx", "Team D6AD", "team d6ad", "TEAM 6YZX", "Retention"].map(
      campaignNamed,
    );
    expect(groupLookAlikes(objects).map((g) => g.map((o) => o.name))).toEqual([
      ["team 6yzx", "TEAM 6YZX"],
      ["Team D6AD", "team d6ad"],
    ]);
    expect(groupLookAlikes(objects.slice(0, 1).concat(objects.slice(2, 3)))).toEqual([]);
  });

  it("finds exactly the groups that keying every name by its fold finds, however many names", () => {
    const byFold = (objects: readonly ConfigObject[]): ConfigObject[][] => {
      const groups = new Map<string, ConfigObject[]>();
      for (const object of objects) {
        if (object.name === "") continue;
        const key = foldName(object.name);
        groups.set(key, [...(groups.get(key) ?? []), object]);
      }
      return [...groups.values()].filter((group) => group.length > 1);
    };
    fc.assert(
      fc.property(
        fc.array(fc.oneof(arbitraryName, fc.constantFrom("sales", "SALES", "Ｓａｌｅｓ")), {
          maxLength: 300,
        }),
        (names) => {
          const objects = names.map((name) => campaignNamed(name));
          const inOrder = (groups: ConfigObject[][]): ConfigObject[][] =>
            [...groups].sort((a, b) => objects.indexOf(a[0]!) - objects.indexOf(b[0]!));
          expect(inOrder(groupLookAlikes(objects))).toEqual(inOrder(byFold(objects)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

const template = loadMutagen({ campaigns: [campaign("Template")] }).byKind.campaign[0]!;
const campaignNamed = (name: string): ConfigObject => ({ ...template, name });
