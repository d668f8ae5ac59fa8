import { describe, expect, it } from "vitest";
import { perRuleContext } from "../../../src/model/rules/perRuleContext";
import { createRuleContext } from "../../../src/model/rules/RuleContext";
import { campaign, loadMutagen } from "./mutagenFixtures";

describe("perRuleContext", () => {
  it("computes once per rule context, and afresh for another context", () => {
    const seen: string[] = [];
    const firstCampaign = perRuleContext(({ model }) => {
      const name = model.byKind.campaign[0]?.name ?? null;
      seen.push(String(name));
      return name;
    });
    const sales = createRuleContext(loadMutagen({ campaigns: [campaign("Sales")] }));
    const renewals = createRuleContext(loadMutagen({ campaigns: [campaign("Renewals")] }));
    expect([firstCampaign(sales), firstCampaign(sales), firstCampaign(renewals)]).toEqual([
      "Sales",
      "Sales",
      "Renewals",
    ]);
    expect(seen).toEqual(["Sales", "Renewals"]);
  });

  it("remembers a result that is undefined too", () => {
    let calls = 0;
    const nothing = perRuleContext(() => {
      calls++;
      return undefined;
    });
    const context = createRuleContext(loadMutagen({ campaigns: [campaign("Sales")] }));
    nothing(context);
    nothing(context);
    expect(calls).toBe(1);
  });
});
