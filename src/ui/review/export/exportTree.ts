import type { NodeId } from "../../../model/config/ids";
import type { FindingsByObject } from "../../shared/hierarchy/findingsOfNode";
import type { ShownNodes } from "../../shared/hierarchy/ShownNodes";
import { layoutTree } from "../../shared/tree/layoutTree";
import { downloadFile } from "../../shared/downloadFile";
import { buildTreeSvg } from "./buildTreeSvg";
import { rasteriseSvg } from "./rasteriseSvg";

export interface TreeExport {
  /** The hierarchy and the part of it drawn; the open nodes below the top ones are laid out. */
  readonly shown: ShownNodes;
  readonly expanded: ReadonlySet<NodeId>;
  readonly findingsByObject: FindingsByObject;
  readonly markOf: (node: NodeId) => string | null;
  readonly baseName: string;
}

function svgOf(source: TreeExport) {
  const layout = layoutTree(source.shown, source.expanded);
  return buildTreeSvg(layout, {
    findingsByObject: source.findingsByObject,
    markOf: source.markOf,
    title: `Campaign Lens: ${source.baseName}`,
  });
}

/** Downloads the open part of the tree as an SVG file. */
export function exportTreeSvg(source: TreeExport): void {
  downloadFile(`${source.baseName}.svg`, svgOf(source).svg, "image/svg+xml");
}

/** Downloads the open part of the tree as a PNG file, drawn at twice its size where it fits. */
export async function exportTreePng(source: TreeExport): Promise<void> {
  const { svg, width, height } = svgOf(source);
  downloadFile(`${source.baseName}.png`, await rasteriseSvg(svg, width, height), "image/png");
}
