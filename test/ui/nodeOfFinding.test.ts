import { describe, expect, it } from "vitest";
import { asObjectKey, asStatId, type ObjectKey } from "../../src/model/config/ids";
import type { Finding, FindingKind } from "../../src/model/findings/Finding";
import {
  findingsOfNode,
  groupFindingsByObject,
} from "../../src/ui/shared/hierarchy/findingsOfNode";
import { nodeOfFinding } from "../../src/ui/shared/hierarchy/nodeOfFinding";
import { fixtureKey, sampleHierarchy } from "./hierarchyFixture";

const { hierarchy, at, idOf } = sampleHierarchy();

function finding(kind: FindingKind, object: ObjectKey | null, statId: string): Finding {
  return {
    rule: `rule-${kind}-${statId}`,
    severity: "warning",
    kind,
    tenant: "Environment",
    name: statId,
    statId: asStatId(statId),
    message: "",
    suggestion: null,
    file: null,
    location: null,
    object,
  };
}

const SALES = fixtureKey("campaign:1");
const LEADS = fixtureKey("callingList:1");
const onSales = finding("campaign", SALES, "Sales");
const onSalesLeads = finding("campaignCallingList", SALES, "Sales@Leads");
const onLeads = finding("callingList", LEADS, "Leads");

describe("nodeOfFinding", () => {
  it("lands on the first appearance of the finding's object", () => {
    expect(idOf(nodeOfFinding(hierarchy, onSales)!)).toBe("c:Sales");
    expect(idOf(nodeOfFinding(hierarchy, onLeads)!)).toBe("cl:Sales/Leads");
  });

  it("lands a campaign calling list's finding on the entry with its Stat Server id", () => {
    expect(idOf(nodeOfFinding(hierarchy, onSalesLeads)!)).toBe("ccl:Sales/Leads");
    const noSuchEntry = finding("campaignCallingList", SALES, "Sales@Gone");
    expect(idOf(nodeOfFinding(hierarchy, noSuchEntry)!)).toBe("c:Sales");
  });

  it("is null for an object this pivot does not draw, or a finding about no object", () => {
    expect(nodeOfFinding(hierarchy, finding("campaign", asObjectKey(9999), "X"))).toBeNull();
    expect(nodeOfFinding(hierarchy, finding("campaign", null, "X"))).toBeNull();
  });
});

describe("findingsOfNode", () => {
  const byObject = groupFindingsByObject([onSales, onSalesLeads, onLeads]);

  it("gives a campaign its own findings and each entry those with its Stat Server id", () => {
    expect(findingsOfNode(hierarchy, at("c:Sales"), byObject)).toEqual([onSales]);
    expect(findingsOfNode(hierarchy, at("ccl:Sales/Leads"), byObject)).toEqual([onSalesLeads]);
    expect(findingsOfNode(hierarchy, at("ccl:Retention/Leads"), byObject)).toEqual([]);
  });

  it("gives every appearance of a shared object its findings, and none to a node without one", () => {
    expect(findingsOfNode(hierarchy, at("cl:Sales/Leads"), byObject)).toEqual([onLeads]);
    expect(findingsOfNode(hierarchy, at("cl:Retention/Leads"), byObject)).toEqual([onLeads]);
    expect(findingsOfNode(hierarchy, at("t:Environment"), byObject)).toEqual([]);
  });
});
