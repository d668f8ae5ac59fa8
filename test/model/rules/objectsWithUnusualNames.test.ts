import { describe, expect, it } from "vitest";
import { createRuleContext } from "../../../src/model/rules/RuleContext";
import { objectsWithUnusualNames } from "../../../src/model/rules/objectsWithUnusualNames";
import { agentGroup, campaign, loadMutagen } from "./mutagenFixtures";

describe("objectsWithUnusualNames", () => {
  it("lists, in model order, the objects whose names are empty or hold odd spaces or characters", () => {
    const context = createRuleContext(
      loadMutagen({
        campaigns: [campaign("Sales"), campaign("Sales\u200BEast"), campaign(" Outbound")],
        agentGroups: [agentGroup("Team  A"), agentGroup("Team B"), agentGroup("")],
      }),
    );
    expect(objectsWithUnusualNames(context).map((o) => o.name)).toEqual([
      "Sales\u200BEast",
      " Outbound",
      "Team  A",
      "",
    ]);
  });

  it("scans the names once per rule context", () => {
    const context = createRuleContext(loadMutagen({ campaigns: [campaign("Sales ")] }));
    expect(objectsWithUnusualNames(context)).toBe(objectsWithUnusualNames(context));
  });
});
