import type { ConfigModel } from "../config/ConfigModel";
import type { ObjectKey } from "../config/ids";
import { CONFIG_KINDS, type ConfigKind } from "../config/kinds";
import type { ConfigObject, ResolvedRef } from "../config/objects";
import { referencedName } from "../hierarchy/referencedName";
import { comparableFields, type RefName } from "./comparableFields";
import { compareFields } from "./compareFields";
import { groupMemberships } from "./groupMemberships";
import { matchExact, type NameIdentity } from "./matchExact";
import { matchLikelyRenames, type Unmatched } from "./matchLikelyRenames";
import type { ChangeType, ModelDiff, Move, ObjectChange } from "./ModelDiff";
import { ObjectMatches } from "./ObjectMatches";
import { sameContent } from "./sameContent";

/**
 * Kinds are matched in reference order: an object's references are compared by the names
 * their targets have after, so the targets must be paired first (a renamed calling list then
 * changes nothing in the campaigns that use it; the rename is reported once, on the list).
 */
const MATCH_ORDER: readonly ConfigKind[] = [
  "tenant",
  "callingList",
  "person",
  "place",
  "agentGroup",
  "placeGroup",
  "campaign",
  "campaignGroup",
];

function placed(
  moves: Move[],
  relation: Move["relation"],
  from: string | null,
  to: string | null,
): void {
  if (from === to) return;
  moves.push({ relation, from: from === null ? [] : [from], to: to === null ? [] : [to] });
}

const sameNames = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((n, i) => n === b[i]);

function difference(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((n) => !other.has(n));
}

/**
 * What changed from one snapshot to the other, object by object: added, removed, renamed
 * (by DBID, or likely), moved in the hierarchy, and changed field by field. Linear in the
 * size of the models, except the likely-rename search, which sorts (n log n).
 */
export function diffModels(before: ConfigModel, after: ConfigModel): ModelDiff {
  const matches = new ObjectMatches();
  const afterName: RefName = (ref) => referencedName(after, ref);
  const nameAfter = (key: ObjectKey | null): string | undefined => {
    const pairing = key === null ? undefined : matches.byBefore.get(key);
    return pairing ? after.objects.get(pairing.after)?.name : undefined;
  };
  const beforeName: RefName = (ref: ResolvedRef) =>
    nameAfter(ref.key) ?? referencedName(before, ref);
  const parent = (o: ConfigObject, refName: RefName): string =>
    o.kind === "campaignGroup" ? (refName(o.campaign) ?? "") : "";
  const bucket = (o: ConfigObject, refName: RefName) => `${o.tenant}\u0000${parent(o, refName)}`;
  const identity =
    (refName: RefName) =>
    (o: ConfigObject): NameIdentity => [o.tenant, parent(o, refName), o.name];
  const unmatched = (o: ConfigObject, refName: RefName): Unmatched => {
    const fields = comparableFields(o, refName);
    const signature = JSON.stringify([[...fields.values], [...fields.lists]]);
    return { object: o, bucket: bucket(o, refName), fields, signature };
  };

  for (const kind of MATCH_ORDER) {
    const b: readonly ConfigObject[] = before.byKind[kind];
    const a: readonly ConfigObject[] = after.byKind[kind];
    matchExact(b, a, { before: identity(beforeName), after: identity(afterName) }, matches);
    matchLikelyRenames(
      b.filter((o) => !matches.isPaired(o.key)).map((o) => unmatched(o, beforeName)),
      a.filter((o) => !matches.afterMatched.has(o.key)).map((o) => unmatched(o, afterName)),
      matches,
    );
  }

  const membersBefore = groupMemberships(before, (key, name) => nameAfter(key) ?? name);
  const membersAfter = groupMemberships(after, (_key, name) => name);
  const movesOf = (b: ConfigObject, a: ConfigObject): Move[] => {
    const moves: Move[] = [];
    if (b.kind === "campaignGroup" && a.kind === "campaignGroup") {
      placed(moves, "campaign", beforeName(b.campaign), afterName(a.campaign));
      placed(moves, "group", b.group && beforeName(b.group), a.group && afterName(a.group));
    }
    if (a.kind === "person" || a.kind === "place") {
      const was = membersBefore.get(b.key) ?? [];
      const is = membersAfter.get(a.key) ?? [];
      if (sameNames(was, is)) return moves;
      const from = difference(was, is);
      const to = difference(is, was);
      if (from.length > 0 || to.length > 0) {
        moves.push({ relation: a.kind === "person" ? "agentGroup" : "placeGroup", from, to });
      }
    }
    return moves;
  };

  const changes: ObjectChange[] = [];
  const campaignOf = (o: ConfigObject, refName: RefName) =>
    o.kind === "campaignGroup" ? refName(o.campaign) : null;
  for (const b of before.objects.values()) {
    const pairing = matches.byBefore.get(b.key);
    if (!pairing) {
      changes.push(lone("removed", b, campaignOf(b, beforeName)));
      continue;
    }
    const a = after.objects.get(pairing.after)!;
    const fields =
      b.implicit || a.implicit || sameContent(b, a, beforeName, afterName)
        ? []
        : compareFields(comparableFields(b, beforeName), comparableFields(a, afterName));
    const moves = movesOf(b, a);
    const renamed = b.name !== a.name;
    if (!renamed && fields.length === 0 && moves.length === 0) continue;
    const moved = moves.some((m) => m.from.length > 0 && m.to.length > 0);
    const type: ChangeType = renamed ? "renamed" : moved ? "moved" : "changed";
    changes.push({
      type,
      kind: a.kind,
      tenant: a.tenant,
      name: a.name,
      campaign: campaignOf(a, afterName),
      before: b.key,
      after: a.key,
      rename: renamed
        ? {
            from: b.name,
            to: a.name,
            match: pairing.by === "likely" ? "likely" : "dbid",
            score: pairing.score,
          }
        : null,
      fields,
      moves,
    });
  }
  for (const a of after.objects.values()) {
    if (!matches.afterMatched.has(a.key)) changes.push(lone("added", a, campaignOf(a, afterName)));
  }

  changes.sort(byKindTenantName);
  const counts: Record<ChangeType, number> = {
    added: 0,
    removed: 0,
    renamed: 0,
    moved: 0,
    changed: 0,
  };
  for (const c of changes) counts[c.type] += 1;
  return { changes, counts, sizes: { before: before.objects.size, after: after.objects.size } };
}

function lone(type: "added" | "removed", o: ConfigObject, campaign: string | null): ObjectChange {
  return {
    type,
    kind: o.kind,
    tenant: o.tenant,
    name: o.name,
    campaign,
    before: type === "removed" ? o.key : null,
    after: type === "added" ? o.key : null,
    rename: null,
    fields: [],
    moves: [],
  };
}

const KIND_ORDER = new Map<ConfigKind, number>(CONFIG_KINDS.map((k, i) => [k, i]));

function byKindTenantName(x: ObjectChange, y: ObjectChange): number {
  return (
    KIND_ORDER.get(x.kind)! - KIND_ORDER.get(y.kind)! ||
    compareText(x.tenant, y.tenant) ||
    compareText(x.campaign ?? "", y.campaign ?? "") ||
    compareText(x.name, y.name)
  );
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
