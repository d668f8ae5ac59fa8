import {
  findingsOfNode,
  worstSeverity,
  type FindingsByObject,
} from "../../shared/hierarchy/findingsOfNode";
import { nodeAtIndex, type TreeLayout } from "../../shared/tree/layoutTree";
import type { SeverityCodes } from "./drawTreeCanvas";

const CODE = { info: 1, warning: 2, error: 3 } as const;

/** Each laid-out node's worst finding severity, for colouring bars when zoomed out. */
export function severityCodes(layout: TreeLayout, byObject: FindingsByObject): SeverityCodes {
  const count = layout.nodes.length;
  const codes = new Uint8Array(count);
  if (byObject.size === 0) return codes;
  const { hierarchy } = layout;
  for (let i = 0; i < count; i++) {
    const node = nodeAtIndex(layout, i);
    const object = hierarchy.object(node);
    if (object === null || !byObject.has(object)) continue;
    const worst = worstSeverity(findingsOfNode(hierarchy, node, byObject));
    if (worst) codes[i] = CODE[worst];
  }
  return codes;
}
