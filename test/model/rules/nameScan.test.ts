import { describe, expect, it } from "vitest";
import { createRuleContext } from "../../../src/model/rules/RuleContext";
import { nameScan } from "../../../src/model/rules/nameScan";
import { agentGroup, campaign, loadMutagen } from "./mutagenFixtures";

describe("nameScan", () => {
  it("lists, in model order, the objects whose names are empty or hold odd spaces or characters", () => {
    const context = createRuleContext(
      loadMutagen({
        campaigns: [campaign("Sales"), campaign("Sales\u200BEast"), campaign(" Outbound")],
        agentGroups: [agentGroup("Team  A"), agentGroup("Team B"), agentGroup("")],
      }),
    );
    expect(nameScan(context).unusual.map((o) => o.name)).toEqual([
      "Sales\u200BEast",
      " Outbound",
      "Team  A",
      "",
    ]);
  });

  it("lists, in model order, the objects whose names are longer than 255 UTF-16 code units", () => {
    const long = "L".repeat(256);
    const context = createRuleContext(
      loadMutagen({
        campaigns: [campaign("S".repeat(255)), campaign(long)],
        agentGroups: [agentGroup(`T${long}`), agentGroup("Team B")],
      }),
    );
    expect(nameScan(context).long.map((o) => o.name.length)).toEqual([256, 257]);
  });

  it("scans the names once per rule context", () => {
    const context = createRuleContext(loadMutagen({ campaigns: [campaign("Sales ")] }));
    expect(nameScan(context)).toBe(nameScan(context));
  });
});
