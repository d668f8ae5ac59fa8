import type { Finding } from "../../../model/findings/Finding";
import type { HierarchyNode, NodeKind } from "../../../model/hierarchy/HierarchyNode";
import {
  findingsOfNode,
  worstSeverity,
  type FindingsByObject,
} from "../../features/hierarchy/findingsOfNode";
import { NODE_KIND_GLYPH } from "../../features/hierarchy/nodeKind";
import { NODE_HEIGHT, NODE_WIDTH, type TreeLayout } from "../../features/tree/layoutTree";
import { escapeHtml } from "../report/escapeHtml";

/**
 * Fixed light colours for exported pictures, whatever the screen's theme: a picture goes on
 * a projector or into a document, where dark text on white is what stays legible.
 */
const COLORS = {
  background: "#ffffff",
  card: "#ffffff",
  border: "#5b6675",
  link: "#7d8896",
  text: "#111111",
  muted: "#3d4652",
  error: "#b3261e",
  warning: "#8a5300",
  info: "#2d5ea8",
  mark: "#1f5fbf",
};
const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  root: "#59636e",
  tenant: "#59636e",
  campaign: "#1f5fbf",
  campaignGroup: "#6b3fb5",
  groupAgents: "#0b7a5b",
  groupPlaces: "#0b6f7a",
  agent: "#3f7a0b",
  place: "#3d6d76",
  campaignCallingList: "#9c4a00",
  callingList: "#a3370f",
  unassigned: "#6b6b6b",
};

const MARGIN = 24;
/** Characters of a name that fit on a card at the export's type size; the rest is in a tooltip. */
const NAME_CHARS = 25;
const ID_CHARS = 34;

const clip = (text: string, max: number): string => {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
};

export interface TreeSvgOptions {
  readonly findingsByObject: FindingsByObject;
  /** A word to mark a node with (`renamed`), from a loaded comparison; null for none. */
  readonly markOf?: (node: HierarchyNode) => string | null;
  readonly title: string;
}

function card(
  node: HierarchyNode,
  x: number,
  y: number,
  findings: readonly Finding[],
  mark: string | null,
): string {
  const worst = worstSeverity(findings);
  const name = node.name || "(no name)";
  const showId = node.statId !== null && node.statId !== node.name;
  const misnamed = showId && node.kind === "campaignGroup";
  const parts = [
    `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)})">`,
    `<title>${escapeHtml(name)}${showId ? ` (Stat Server id ${escapeHtml(node.statId!)})` : ""}</title>`,
    `<rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6" fill="${COLORS.card}" stroke="${worst ? COLORS[worst] : COLORS.border}" stroke-width="${worst ? 2.5 : 1.25}"/>`,
    `<rect x="6" y="8" width="30" height="28" rx="4" fill="${KIND_COLORS[node.kind]}"/>`,
    `<text x="21" y="27" font-size="12" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeHtml(NODE_KIND_GLYPH[node.kind])}</text>`,
    `<text x="44" y="${showId ? 19 : 27}" font-size="15" font-weight="600" fill="${COLORS.text}">${escapeHtml(clip(name, NAME_CHARS))}</text>`,
  ];
  if (showId) {
    parts.push(
      `<text x="44" y="36" font-size="12" fill="${misnamed ? COLORS.error : COLORS.muted}">${misnamed ? "expects " : "id "}${escapeHtml(clip(node.statId!, ID_CHARS))}</text>`,
    );
  }
  if (worst) {
    parts.push(
      `<circle cx="${NODE_WIDTH - 16}" cy="${NODE_HEIGHT / 2}" r="11" fill="${COLORS[worst]}"/>`,
      `<text x="${NODE_WIDTH - 16}" y="${NODE_HEIGHT / 2 + 4.5}" font-size="12" font-weight="700" fill="#ffffff" text-anchor="middle">${findings.length}</text>`,
    );
  }
  if (mark) {
    parts.push(
      `<rect x="${NODE_WIDTH - 92}" y="-9" width="70" height="16" rx="8" fill="${COLORS.mark}"/>`,
      `<text x="${NODE_WIDTH - 57}" y="3" font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeHtml(mark)}</text>`,
    );
  }
  parts.push("</g>");
  return parts.join("");
}

/**
 * The open part of the tree as a standalone SVG document: the same tidy layout as the tree
 * view, cards with the kind, name, Stat Server id and finding count, in fixed light colours
 * and type sized for a projector. Names are escaped text.
 */
export function buildTreeSvg(
  layout: TreeLayout,
  options: TreeSvgOptions,
): { readonly svg: string; readonly width: number; readonly height: number } {
  const width = Math.ceil(layout.width + 2 * MARGIN);
  const height = Math.ceil(layout.height + 2 * MARGIN);
  const links: string[] = [];
  const cards: string[] = [];
  for (let i = 0; i < layout.nodes.length; i += 1) {
    const node = layout.nodes[i]!;
    const x = layout.x[i]! + MARGIN;
    const y = layout.y[i]! + MARGIN;
    const p = layout.parent[i]!;
    if (p >= 0) {
      const px = layout.x[p]! + MARGIN + NODE_WIDTH;
      const py = layout.y[p]! + MARGIN + NODE_HEIGHT / 2;
      const cy = y + NODE_HEIGHT / 2;
      const mid = (px + x) / 2;
      links.push(
        `M${px.toFixed(1)} ${py.toFixed(1)}C${mid.toFixed(1)} ${py.toFixed(1)} ${mid.toFixed(1)} ${cy.toFixed(1)} ${x.toFixed(1)} ${cy.toFixed(1)}`,
      );
    }
    cards.push(
      card(
        node,
        x,
        y,
        findingsOfNode(node, options.findingsByObject),
        options.markOf?.(node) ?? null,
      ),
    );
  }
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif">
<title>${escapeHtml(options.title)}</title>
<rect width="100%" height="100%" fill="${COLORS.background}"/>
<path d="${links.join("")}" fill="none" stroke="${COLORS.link}" stroke-width="1.5"/>
${cards.join("\n")}
</svg>
`;
  return { svg, width, height };
}
