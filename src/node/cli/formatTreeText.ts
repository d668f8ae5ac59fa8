import { asNodeId, type NodeId } from "../../model/config/ids";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { NodeKind } from "../../model/hierarchy/NodeKind";
import { printableName } from "./printableName";

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
 * employee ID), which is where badly named objects show. Line by line, so that a large tree
 * is written as it is drawn rather than held whole.
 */
export function* formatTreeText(hierarchy: Hierarchy): Generator<string> {
  // What the lines of the children of the node last seen at each depth start with.
  const childPrefix: string[] = [];
  for (let n = 1; n < hierarchy.size; n++) {
    const node = asNodeId(n);
    const depth = hierarchy.depth(node);
    if (depth === 1) {
      yield `${label(hierarchy, node)}\n`;
      childPrefix[depth] = "";
    } else {
      // The last child ends where its parent does.
      const last = hierarchy.end(node) === hierarchy.end(hierarchy.parent(node)!);
      const prefix = childPrefix[depth - 1]!;
      yield `${prefix}${last ? "└─ " : "├─ "}${label(hierarchy, node)}\n`;
      childPrefix[depth] = `${prefix}${last ? "   " : "│  "}`;
    }
  }
  yield `\n${TREE_LEGEND}\n`;
}
