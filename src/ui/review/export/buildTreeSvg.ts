import type { NodeId } from "../../../model/config/ids";
import type { Finding } from "../../../model/findings/Finding";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { NodeKind } from "../../../model/hierarchy/NodeKind";
import {
  findingsOfNode,
  worstSeverity,
  type FindingsByObject,
} from "../../shared/hierarchy/findingsOfNode";
import { NODE_KIND_GLYPH } from "../../shared/hierarchy/nodeKind";
import {
  nodeAtIndex,
  NODE_HEIGHT,
  NODE_WIDTH,
  type TreeLayout,
} from "../../shared/tree/layoutTree";
import { escapeHtml } from "../../shared/escapeHtml";
import { fitToWidth } from "./fitToWidth";
import { svgText, visibleText } from "./svgText";

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
const TEXT_X = 44;
/** The finding badge: a circle at the card's right, as tall as both lines of text. */
const BADGE_R = 11;
const BADGE_CX = NODE_WIDTH - 16;
/** Where text on a card ends: before the badge when there is one, else before the border. */
const TEXT_END = { badge: BADGE_CX - BADGE_R - 5, plain: NODE_WIDTH - 8 };
const NAME_SIZE = 15;
const ID_SIZE = 12;

/**
 * Cuts text to its room on the card (the rest is in the tooltip). The clip path holds the
 * line inside even where a viewer's font is wider than the estimate.
 */
function cardLine(text: string, size: number, badge: boolean): { text: string; clip: string } {
  const end = badge ? TEXT_END.badge : TEXT_END.plain;
  return {
    text: svgText(fitToWidth(visibleText(text), end - TEXT_X, size)),
    clip: badge ? "url(#card-text-badge)" : "url(#card-text)",
  };
}

/** The clip paths `cardLine` refers to, in each card's own coordinates. */
const CLIP_PATHS = [
  `<clipPath id="card-text"><rect x="${TEXT_X}" y="0" width="${TEXT_END.plain - TEXT_X}" height="${NODE_HEIGHT}"/></clipPath>`,
  `<clipPath id="card-text-badge"><rect x="${TEXT_X}" y="0" width="${TEXT_END.badge - TEXT_X}" height="${NODE_HEIGHT}"/></clipPath>`,
].join("");

export interface TreeSvgOptions {
  readonly findingsByObject: FindingsByObject;
  /** A word to mark a node with (`renamed`), from a loaded comparison; null for none. */
  readonly markOf?: (node: NodeId) => string | null;
  readonly title: string;
}

function card(
  hierarchy: Hierarchy,
  node: NodeId,
  x: number,
  y: number,
  findings: readonly Finding[],
  mark: string | null,
): string {
  const worst = worstSeverity(findings);
  const kind = hierarchy.kind(node);
  const statId = hierarchy.statId(node);
  const name = hierarchy.name(node) || "(no name)";
  const showId = statId !== null && statId !== hierarchy.name(node);
  const misnamed = showId && kind === "campaignGroup";
  const nameLine = cardLine(name, NAME_SIZE, worst !== null);
  const parts = [
    `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)})">`,
    `<title>${svgText(name)}${showId ? ` (Stat Server id ${svgText(statId)})` : ""}</title>`,
    `<rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6" fill="${COLORS.card}" stroke="${worst ? COLORS[worst] : COLORS.border}" stroke-width="${worst ? 2.5 : 1.25}"/>`,
    `<rect x="6" y="8" width="30" height="28" rx="4" fill="${KIND_COLORS[kind]}"/>`,
    `<text x="21" y="27" font-size="12" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeHtml(NODE_KIND_GLYPH[kind])}</text>`,
    `<text x="${TEXT_X}" y="${showId ? 19 : 27}" font-size="${NAME_SIZE}" font-weight="600" fill="${COLORS.text}" clip-path="${nameLine.clip}">${nameLine.text}</text>`,
  ];
  if (showId) {
    const idLine = cardLine(`${misnamed ? "expects " : "id "}${statId}`, ID_SIZE, worst !== null);
    parts.push(
      `<text x="${TEXT_X}" y="36" font-size="${ID_SIZE}" fill="${misnamed ? COLORS.error : COLORS.muted}" clip-path="${idLine.clip}">${idLine.text}</text>`,
    );
  }
  if (worst) {
    parts.push(
      `<circle cx="${BADGE_CX}" cy="${NODE_HEIGHT / 2}" r="${BADGE_R}" fill="${COLORS[worst]}"/>`,
      `<text x="${BADGE_CX}" y="${NODE_HEIGHT / 2 + 4.5}" font-size="12" font-weight="700" fill="#ffffff" text-anchor="middle">${findings.length}</text>`,
    );
  }
  if (mark) {
    parts.push(
      `<rect x="${NODE_WIDTH - 92}" y="-9" width="70" height="16" rx="8" fill="${COLORS.mark}"/>`,
      `<text x="${NODE_WIDTH - 57}" y="3" font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle">${svgText(mark)}</text>`,
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
    const node = nodeAtIndex(layout, i);
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
        layout.hierarchy,
        node,
        x,
        y,
        findingsOfNode(layout.hierarchy, node, options.findingsByObject),
        options.markOf?.(node) ?? null,
      ),
    );
  }
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif">
<title>${svgText(options.title)}</title>
<defs>${CLIP_PATHS}</defs>
<rect width="100%" height="100%" fill="${COLORS.background}"/>
<path d="${links.join("")}" fill="none" stroke="${COLORS.link}" stroke-width="1.5"/>
${cards.join("\n")}
</svg>
`;
  return { svg, width, height };
}
