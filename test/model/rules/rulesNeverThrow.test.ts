import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEVERITIES } from "../../../src/model/findings/Finding";
import { runRules } from "../../../src/model/rules/runRules";
import { findRule } from "../../../src/model/rules/ruleRegistry";
import { arbitraryModel, arbitraryName } from "./arbitraryModel";
import { agentGroup, campaign, campaignGroup, loadMutagen, person } from "./mutagenFixtures";

describe("runRules on generated configurations", () => {
  it("never throws, and every finding names a known rule, a severity and a message", () => {
    fc.assert(
      fc.property(arbitraryModel, (model) => {
        for (const finding of runRules(model)) {
          expect(findRule(finding.rule)).toBeDefined();
          expect(SEVERITIES).toContain(finding.severity);
          expect(finding.message.length).toBeGreaterThan(0);
          if (finding.object !== null) expect(model.objects.has(finding.object)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same findings in the same order on every run", () => {
    fc.assert(
      fc.property(arbitraryModel, (model) => {
        expect(runRules(model)).toEqual(runRules(model));
      }),
      { numRuns: 100 },
    );
  });

  it("never throws on mutagen files with arbitrary names, loaded through the importer", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryName, { minLength: 4, maxLength: 4 }),
        ([c = "", g = "", a = "", n = ""]) => {
          const model = loadMutagen({
            campaigns: [campaign(c, [n, n]), campaign(n)],
            campaignGroups: [campaignGroup(n, c, g), campaignGroup(c, n, null)],
            agentGroups: [agentGroup(g, [a, a, n])],
            persons: [person(a, n), person(n)],
          });
          expect(() => runRules(model)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
