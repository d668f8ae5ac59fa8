import { describe, expect, it } from "vitest";
import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import type { Pivot } from "../../src/model/hierarchy/NodeKind";
import { nodeInPivot } from "../../src/ui/shared/pivot/nodeInPivot";
import { analyseConfig } from "../../src/ui/worker/analyseConfig";
import { fixtureText } from "./renderWorkspace";

const { model, hierarchy: byCampaign } = analyseConfig(
  [{ path: "sales.json", content: fixtureText("sales.json") }],
  "campaign",
);
const pivot = (to: Pivot) => buildHierarchy(model!, to);

/** The path, in the `to` pivot, of the node standing for the one at `path` by campaign. */
function carried(path: string, to: Hierarchy): string | null {
  const there = nodeInPivot(byCampaign, byCampaign.nodeAt(path)!, to);
  return there === null ? null : to.pathOf(there);
}

describe("nodeInPivot", () => {
  it("finds a campaign group under the group pivot, where its path is another", () => {
    expect(carried("tenant:Environment/campaign:Sales/campaignGroup:Team A", pivot("group"))).toBe(
      "tenant:Environment/groupAgents:Team1/campaignGroup:Team A",
    );
  });

  it("keeps to the kind: a campaign stays a campaign, not the calling list entry of its object", () => {
    const byList = pivot("callingList");
    expect(carried("tenant:Environment/campaign:Sales", byList)).toBe(
      "tenant:Environment/callingList:Leads/campaignCallingList:Leads/campaign:Sales",
    );
    expect(carried("tenant:Environment/campaign:Retention/campaignCallingList:Leads", byList)).toBe(
      "tenant:Environment/callingList:Leads/campaignCallingList:Leads;2",
    );
  });

  it("takes the first appearance of a shared object", () => {
    const path =
      "tenant:Environment/campaign:Retention/campaignGroup:Retention@Team1/groupAgents:Team1";
    expect(carried(path, byCampaign)).toBe(
      "tenant:Environment/campaign:Sales/campaignGroup:Team A/groupAgents:Team1",
    );
  });

  it("stands for a node the pivot does not show by its nearest ancestor there", () => {
    const alice =
      "tenant:Environment/campaign:Sales/campaignGroup:Team A/groupAgents:Team1/agent:alice";
    expect(carried(alice, pivot("group"))).toBe("tenant:Environment/groupAgents:Team1");
    expect(nodeInPivot(byCampaign, Hierarchy.ROOT, pivot("group"))).toBeNull();
  });
});
