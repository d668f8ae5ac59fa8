import type { NodePath } from "../../../model/config/ids";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import type { NodeIndex } from "../../shared/hierarchy/NodeIndex";
import { NODE_KIND_LABEL } from "../../shared/hierarchy/nodeKind";
import { boundedEditDistance } from "./editDistance";

export interface NearId {
  readonly statId: string;
  readonly id: NodePath;
  readonly distance: number;
}

export type Resolution =
  | { readonly status: "found"; readonly ids: readonly NodePath[] }
  | {
      readonly status: "missing";
      /** Why Stat Server would not find this id, most specific first. */
      readonly reasons: readonly string[];
      readonly nearest: readonly NearId[];
    };

const COMPOSED = new Set(["campaignGroup", "campaignCallingList"]);

/**
 * What Stat Server does with an id a supervisor pasted (`Sales@Team1`): the nodes it names,
 * or why it names none. Stat Server matches ids exactly (case and spaces included), and knows
 * a campaign group only by `<campaign>@<group>`, never by the group's own configured name.
 */
export function resolveStatId(index: NodeIndex, raw: string, nearestCount = 5): Resolution {
  const query = raw.replace(/[\r\n]+/g, "");
  const exact: NodePath[] = [];
  const byName: HierarchyNode[] = [];
  const caseOnly: HierarchyNode[] = [];
  const trimmed: HierarchyNode[] = [];
  const lower = query.toLocaleLowerCase();
  const campaigns = new Map<string, HierarchyNode[]>();
  for (const [id, node] of index.nodes) {
    if (node.statId === query) exact.push(id);
    else {
      if (node.name === query && node.statId) byName.push(node);
      if (node.statId?.toLocaleLowerCase() === lower) caseOnly.push(node);
      if (node.statId && node.statId === query.trim() && query !== query.trim()) trimmed.push(node);
    }
    if (node.kind === "campaign" && node.statId) {
      const list = campaigns.get(node.statId);
      if (list) list.push(node);
      else campaigns.set(node.statId, [node]);
    }
  }
  if (exact.length > 0) return { status: "found", ids: exact };

  const reasons: string[] = [];
  for (const node of byName.slice(0, 3)) {
    reasons.push(
      `“${query}” is the configured name of a ${NODE_KIND_LABEL[node.kind].toLowerCase()}, ` +
        `but Stat Server knows it as “${node.statId}”: it ignores a campaign group's own name.`,
    );
  }
  for (const node of trimmed.slice(0, 1)) {
    reasons.push(`The id has spaces around it; Stat Server would need exactly “${node.statId}”.`);
  }
  for (const node of caseOnly.slice(0, 3)) {
    reasons.push(`Stat Server ids are case-sensitive: the existing id is “${node.statId}”.`);
  }
  explainComposed(query, campaigns, reasons);
  if (reasons.length === 0) reasons.push(`No object in this configuration has the id “${query}”.`);
  // The ids of the objects the query names by configuration name come first: they are what
  // the user meant.
  const meant = byName.map((node) => ({ statId: node.statId!, id: node.id, distance: 0 }));
  const nearest = [...meant, ...nearestIds(index, query, nearestCount)].filter(
    (near, i, all) => all.findIndex((other) => other.statId === near.statId) === i,
  );
  return { status: "missing", reasons, nearest: nearest.slice(0, nearestCount) };
}

/**
 * `C@G`: a campaign name may itself contain `@`, so every split is tried; the explanation uses
 * the first split that names an existing campaign.
 */
function explainComposed(
  query: string,
  campaigns: ReadonlyMap<string, readonly HierarchyNode[]>,
  reasons: string[],
): void {
  if (!query.includes("@")) return;
  for (let at = query.indexOf("@"); at >= 0; at = query.indexOf("@", at + 1)) {
    const campaign = query.slice(0, at);
    const part = query.slice(at + 1);
    const found = campaigns.get(campaign);
    if (!found) continue;
    const known = new Set<string>();
    for (const node of found) {
      for (const child of node.children) {
        if (COMPOSED.has(child.kind) && child.statId) known.add(child.statId.slice(at + 1));
      }
    }
    const list = [...known].slice(0, 6).map((name) => `“${name}”`);
    reasons.push(
      known.size === 0
        ? `Campaign “${campaign}” exists but has no campaign groups or calling lists.`
        : `Campaign “${campaign}” has no group or calling list “${part}”; it has ${list.join(", ")}${known.size > list.length ? ", …" : ""}.`,
    );
    return;
  }
  const campaign = query.slice(0, query.indexOf("@"));
  reasons.push(`No campaign is named “${campaign}”, so no “${campaign}@…” id exists.`);
}

function nearestIds(index: NodeIndex, query: string, count: number): NearId[] {
  const limit = Math.max(2, Math.ceil(query.length / 3));
  const best = new Map<string, NearId>();
  for (const [id, node] of index.nodes) {
    const statId = node.statId;
    if (!statId || best.has(statId)) continue;
    const distance = boundedEditDistance(
      query.toLocaleLowerCase(),
      statId.toLocaleLowerCase(),
      limit,
    );
    if (distance <= limit) best.set(statId, { statId, id, distance });
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.statId.localeCompare(b.statId))
    .slice(0, count);
}
