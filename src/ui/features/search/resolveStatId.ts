import { asNodeId, type NodeId } from "../../../model/config/ids";
import { NODE_FLAGS, type Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { NODE_KIND_LABEL } from "../../shared/hierarchy/nodeKind";
import { boundedEditDistance } from "./editDistance";
import { lowerCasedNames } from "./lowerCasedNames";

export interface NearId {
  readonly statId: string;
  readonly node: NodeId;
  readonly distance: number;
}

export type Resolution =
  | { readonly status: "found"; readonly nodes: readonly NodeId[] }
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
export function resolveStatId(hierarchy: Hierarchy, raw: string, nearestCount = 5): Resolution {
  const query = raw.replace(/[\r\n]+/g, "");
  const exact: NodeId[] = [];
  const byName: NodeId[] = [];
  const caseOnly: NodeId[] = [];
  const trimmed: NodeId[] = [];
  const lower = query.toLocaleLowerCase();
  const bare = query.trim();
  const campaigns = new Map<string, NodeId[]>();
  const composed = query.includes("@");
  const { flags, names, nameStart, statIds, statStart } = hierarchy.columns;
  // Each id is compared where the columns hold it, and only when its length can match: most
  // ids cannot be the query, and slicing each out would be a string per node on every Enter.
  for (let n = 1; n < hierarchy.size; n++) {
    const bits = flags[n]!;
    if (bits & NODE_FLAGS.noStatId) continue;
    const node = asNodeId(n);
    const byItsName = (bits & NODE_FLAGS.statIdIsName) !== 0;
    const text = byItsName ? names : statIds;
    const from = byItsName ? nameStart[n]! : statStart[n]!;
    const length = (byItsName ? nameStart[n + 1]! : statStart[n + 1]!) - from;
    if (length === query.length && text.startsWith(query, from)) exact.push(node);
    else if (length > 0) {
      if (
        nameStart[n + 1]! - nameStart[n]! === query.length &&
        names.startsWith(query, nameStart[n]!)
      ) {
        byName.push(node);
      }
      if (
        length === lower.length &&
        text.slice(from, from + length).toLocaleLowerCase() === lower
      ) {
        caseOnly.push(node);
      }
      if (length === bare.length && query !== bare && text.startsWith(bare, from)) {
        trimmed.push(node);
      }
    }
    if (composed && length > 0 && hierarchy.kind(node) === "campaign") {
      const statId = text.slice(from, from + length);
      const list = campaigns.get(statId);
      if (list) list.push(node);
      else campaigns.set(statId, [node]);
    }
  }
  if (exact.length > 0) return { status: "found", nodes: exact };

  const reasons: string[] = [];
  for (const node of byName.slice(0, 3)) {
    reasons.push(
      `“${query}” is the configured name of a ${NODE_KIND_LABEL[hierarchy.kind(node)].toLowerCase()}, ` +
        `but Stat Server knows it as “${hierarchy.statId(node)}”: it ignores a campaign group's own name.`,
    );
  }
  for (const node of trimmed.slice(0, 1)) {
    reasons.push(
      `The id has spaces around it; Stat Server would need exactly “${hierarchy.statId(node)}”.`,
    );
  }
  for (const node of caseOnly.slice(0, 3)) {
    reasons.push(
      `Stat Server ids are case-sensitive: the existing id is “${hierarchy.statId(node)}”.`,
    );
  }
  explainComposed(hierarchy, query, campaigns, reasons);
  if (reasons.length === 0) reasons.push(`No object in this configuration has the id “${query}”.`);
  // The ids of the objects the query names by configuration name come first: they are what
  // the user meant.
  const meant = byName.map((node) => ({ statId: hierarchy.statId(node)!, node, distance: 0 }));
  const nearest = [...meant, ...nearestIds(hierarchy, query, nearestCount)].filter(
    (near, i, all) => all.findIndex((other) => other.statId === near.statId) === i,
  );
  return { status: "missing", reasons, nearest: nearest.slice(0, nearestCount) };
}

/**
 * `C@G`: a campaign name may itself contain `@`, so every split is tried; the explanation uses
 * the first split that names an existing campaign.
 */
function explainComposed(
  hierarchy: Hierarchy,
  query: string,
  campaigns: ReadonlyMap<string, readonly NodeId[]>,
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
      for (const child of hierarchy.children(node)) {
        const statId = hierarchy.statId(child);
        if (COMPOSED.has(hierarchy.kind(child)) && statId) known.add(statId.slice(at + 1));
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

/**
 * The ids closest to the query (ignoring case), one node each. Compared in the hierarchy's
 * lower-cased name strings; an id whose length alone is too far off is not compared.
 */
function nearestIds(hierarchy: Hierarchy, query: string, count: number): NearId[] {
  const limit = Math.max(2, Math.ceil(query.length / 3));
  const lowerQuery = query.toLocaleLowerCase();
  const lower = lowerCasedNames(hierarchy);
  const { flags, nameStart, statStart } = hierarchy.columns;
  const best = new Map<string, NearId>();
  for (let n = 1; n < hierarchy.size; n++) {
    const bits = flags[n]!;
    if (bits & NODE_FLAGS.noStatId) continue;
    const byName = (bits & NODE_FLAGS.statIdIsName) !== 0;
    const from = byName ? nameStart[n]! : statStart[n]!;
    const to = byName ? nameStart[n + 1]! : statStart[n + 1]!;
    if (to === from || Math.abs(to - from - query.length) > limit) continue;
    const text = (byName ? lower.names : lower.statIds).slice(from, to);
    const distance = boundedEditDistance(lowerQuery, text, limit);
    if (distance > limit) continue;
    const node = asNodeId(n);
    const statId = hierarchy.statId(node)!;
    if (!best.has(statId)) best.set(statId, { statId, node, distance });
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.statId.localeCompare(b.statId))
    .slice(0, count);
}
