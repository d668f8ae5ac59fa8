import {
  findingsOfNode,
  worstSeverity,
  type FindingsByObject,
} from "../../shared/hierarchy/findingsOfNode";
import type { SeverityCodes } from "./drawTreeCanvas";
import type { TreeLayout } from "../../shared/tree/layoutTree";

const CODE = { info: 1, warning: 2, error: 3 } as const;

/** Each laid-out node's worst finding severity, for colouring bars when zoomed out. */
export function severityCodes(layout: TreeLayout, byObject: FindingsByObject): SeverityCodes {
  const codes = new Uint8Array(layout.nodes.length);
  if (byObject.size === 0) return codes;
  layout.nodes.forEach((node, i) => {
    if (!node.object || !byObject.has(node.object)) return;
    const worst = worstSeverity(findingsOfNode(node, byObject));
    if (worst) codes[i] = CODE[worst];
  });
  return codes;
}
