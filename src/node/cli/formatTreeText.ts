import type { HierarchyNode, NodeKind } from "../../model/hierarchy/HierarchyNode";
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

function label(node: HierarchyNode): string {
  const name = printableName(node.name);
  const statId =
    node.statId !== null && node.statId !== node.name
      ? `  → ${printableName(node.statId)}`
      : node.kind === "agent" && node.statId === null
        ? "  → (no employee ID)"
        : "";
  return `${GLYPH[node.kind]} ${name}${statId}`;
}

/**
 * The hierarchy as an indented tree: a glyph per kind, the configuration name, and the Stat
 * Server id after an arrow where it differs from the name (a composed `C@G`, an agent's
 * employee ID), which is where badly named objects show.
 */
export function formatTreeText(root: HierarchyNode): string {
  const lines: string[] = [];
  const walk = (node: HierarchyNode, prefix: string, last: boolean, top: boolean): void => {
    lines.push(top ? label(node) : `${prefix}${last ? "└─ " : "├─ "}${label(node)}`);
    const childPrefix = top ? "" : `${prefix}${last ? "   " : "│  "}`;
    node.children.forEach((child, i) =>
      walk(child, childPrefix, i === node.children.length - 1, false),
    );
  };
  for (const tenant of root.children) walk(tenant, "", true, true);
  lines.push("", TREE_LEGEND);
  return `${lines.join("\n")}\n`;
}
