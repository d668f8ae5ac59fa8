import type { NodeId } from "../../../src/model/config/ids";
import type { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import type { NodeKind } from "../../../src/model/hierarchy/NodeKind";
import { hierarchyOf } from "../../support/hierarchyOf";

/** A node of a hand-written hierarchy, named by `label` for tests to find it. */
export interface NodeSpec {
  readonly kind: NodeKind;
  readonly name: string;
  readonly statId: string | null;
  readonly children: readonly NodeSpec[];
  readonly label: string;
  /** The key of the node's object; nodes of one key are appearances of one object. */
  readonly object?: number;
}

/** A node literal for tests: `node("campaign", "Sales", [...])`; its name is its Stat Server id. */
export function node(
  kind: NodeKind,
  statId: string | null,
  children: readonly NodeSpec[] = [],
  label: string = `${kind}:${statId ?? "-"}`,
): NodeSpec {
  return { kind, name: statId ?? kind, statId, children, label };
}

/** The hierarchy of a node literal, and its nodes by label (the first of a label wins). */
export function buildSpec(root: NodeSpec): { hierarchy: Hierarchy; at: (label: string) => NodeId } {
  const { hierarchy, at } = hierarchyOf(root, (spec) => spec.label);
  return { hierarchy, at };
}

/**
 * Campaign "Sales" with groups "Sales@Team A" (agents ann, bob) and "Sales@Team B" (agent cid,
 * place P1), and list "Sales@Leads" over calling list "Leads"; campaign "Retention" shares
 * "Leads" and has no group.
 */
function sampleSpec(): NodeSpec {
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

const SAMPLE = buildSpec(sampleSpec());

/** The sample as a Hierarchy; every call builds it anew, with the same NodeIds. */
export function sampleHierarchy(): Hierarchy {
  return buildSpec(sampleSpec()).hierarchy;
}

/** A node of the sample by its label (`campaign:Sales`, `agent:A/ann`). */
export const sampleNode = (label: string): NodeId => SAMPLE.at(label);
