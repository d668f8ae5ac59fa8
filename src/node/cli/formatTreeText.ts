import { asNodeId, type NodeId } from "../../model/config/ids";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { NodeKind } from "../../model/hierarchy/NodeKind";
import { printableName } from "./printableName";
import { REPORT_CHUNK } from "./writeReport";

const GLYPH: Record<NodeKind, string> = {
  root: "",
  tenant: "▣",
  campaign: "◆",
  campaignGroup: "◈",
  groupAgents: "▤",
  groupPlaces: "▥",
  agent: "●",
  place: "○",
  campaignCallingList: "◇",
  callingList: "≡",
  unassigned: "◌",
};

const TREE_LEGEND =
  "▣ tenant  ◆ campaign  ◈ campaign group  ▤ agent group  ▥ place group  ● agent  ○ place  " +
  "◇ campaign calling list  ≡ calling list  ◌ unassigned";

function label(hierarchy: Hierarchy, node: NodeId): string {
  const kind = hierarchy.kind(node);
  const name = hierarchy.name(node);
  const statId = hierarchy.statId(node);
  const arrow =
    statId !== null && statId !== name
      ? `  → ${printableName(statId)}`
      : kind === "agent" && statId === null
        ? "  → (no employee ID)"
        : "";
  return `${GLYPH[kind]} ${printableName(name)}${arrow}`;
}

/**
 * The hierarchy as an indented tree: a glyph per kind, the configuration name, and the Stat
 * Server id after an arrow where it differs from the name (a composed `C@G`, an agent's
 * employee ID), which is where badly named objects show. In chunks of about `REPORT_CHUNK`
 * characters, so that a large tree is written as it is drawn rather than held whole.
 */
export function* formatTreeText(hierarchy: Hierarchy): Generator<string> {
  let out = "";
  // What the lines of the children of the node last seen at each depth start with.
  const childPrefix: string[] = [];
  for (let n = 1; n < hierarchy.size; n++) {
    const node = asNodeId(n);
    const depth = hierarchy.depth(node);
    if (depth === 1) {
      out += `${label(hierarchy, node)}\n`;
      childPrefix[depth] = "";
    } else {
      // The last child ends where its parent does.
      const last = hierarchy.end(node) === hierarchy.end(hierarchy.parent(node)!);
      const prefix = childPrefix[depth - 1]!;
      out += `${prefix}${last ? "└─ " : "├─ "}${label(hierarchy, node)}\n`;
      childPrefix[depth] = `${prefix}${last ? "   " : "│  "}`;
    }
    if (out.length >= REPORT_CHUNK) {
      yield out;
      out = "";
    }
  }
  yield `${out}\n${TREE_LEGEND}\n`;
}
