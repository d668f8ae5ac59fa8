import { describe, expect, it } from "vitest";
import { asObjectKey, asStatId } from "../../../src/model/config/ids";
import type { Finding } from "../../../src/model/findings/Finding";
import { confirmedByStatServer } from "../../../src/model/stats/confirmedByStatServer";
import { statKey } from "../../../src/model/stats/StatKey";
import { unexplainedRefusals } from "../../../src/model/stats/unexplainedRefusals";

function finding(rule: string, kind: Finding["kind"], statId: string | null): Finding {
  return {
    rule,
    severity: "error",
    kind,
    tenant: "Environment",
    name: "x",
    statId: statId === null ? null : asStatId(statId),
    message: "",
    suggestion: null,
    file: null,
    location: null,
    object: asObjectKey(1),
  };
}

const refused = new Map([
  [statKey("CampaignGroup", "Sales@Team A"), "Object not found"],
  [statKey("Agent", "E1"), null],
  [statKey("Campaign", "Elsewhere"), "Object not found"],
]);

describe("confirmedByStatServer", () => {
  it("confirms a naming finding about an id Stat Server refused", () => {
    expect(
      confirmedByStatServer(
        finding("group-name-mismatch", "campaignGroup", "Sales@Team A"),
        refused,
      ),
    ).toBe(true);
    expect(confirmedByStatServer(finding("name-whitespace", "person", "E1"), refused)).toBe(true);
  });

  it("does not confirm a finding of a rule that cannot explain a refusal", () => {
    expect(
      confirmedByStatServer(
        finding("record-buffer-sizes", "campaignGroup", "Sales@Team A"),
        refused,
      ),
    ).toBe(false);
  });

  it("matches the Stat Server type as well as the id", () => {
    expect(confirmedByStatServer(finding("name-whitespace", "place", "E1"), refused)).toBe(false);
    expect(confirmedByStatServer(finding("missing-name", "agentGroup", null), refused)).toBe(false);
  });
});

describe("unexplainedRefusals", () => {
  it("lists the refusals no confirmed finding explains, saying which match no object", () => {
    const findings = [
      finding("group-name-mismatch", "campaignGroup", "Sales@Team A"),
      finding("record-buffer-sizes", "person", "E1"),
    ];
    const surprises = unexplainedRefusals(
      refused,
      findings,
      (key) => key !== statKey("Campaign", "Elsewhere"),
    );
    expect(surprises).toEqual([
      { objectType: "Agent", objectId: "E1", reason: null, matchesNode: true },
      {
        objectType: "Campaign",
        objectId: "Elsewhere",
        reason: "Object not found",
        matchesNode: false,
      },
    ]);
  });
});
