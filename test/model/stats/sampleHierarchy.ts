import { asNodePath, asStatId } from "../../../src/model/config/ids";
import type { HierarchyNode, NodeKind } from "../../../src/model/hierarchy/HierarchyNode";

/** A hierarchy node literal for tests: `node("campaign", "Sales", [...])`. */
export function node(
  kind: NodeKind,
  statId: string | null,
  children: readonly HierarchyNode[] = [],
  id: string = `${kind}:${statId ?? "-"}`,
): HierarchyNode {
  return {
    id: asNodePath(id),
    kind,
    name: statId ?? kind,
    statId: statId === null ? null : asStatId(statId),
    object: null,
    children,
  };
}

/**
 * Campaign "Sales" with groups "Sales@Team A" (agents ann, bob) and "Sales@Team B" (agent cid,
 * place P1), and list "Sales@Leads" over calling list "Leads"; campaign "Retention" shares
 * "Leads" and has no group.
 */
export function sampleHierarchy(): HierarchyNode {
  return node("root", null, [
    node("tenant", "Environment", [
      node("campaign", "Sales", [
        node("campaignGroup", "Sales@Team A", [
          node("groupAgents", "Team A", [
            node("agent", "ann", [], "agent:A/ann"),
            node("agent", "bob", [], "agent:A/bob"),
          ]),
        ]),
        node("campaignGroup", "Sales@Team B", [
          node("groupAgents", "Team B", [node("agent", "cid", [], "agent:B/cid")]),
          node("groupPlaces", "Team B", [node("place", "P1")]),
        ]),
        node("campaignCallingList", "Sales@Leads", [
          node("callingList", "Leads", [], "list:S/Leads"),
        ]),
      ]),
      node("campaign", "Retention", [
        node("campaignCallingList", "Retention@Leads", [
          node("callingList", "Leads", [], "list:R/Leads"),
        ]),
      ]),
    ]),
  ]);
}
