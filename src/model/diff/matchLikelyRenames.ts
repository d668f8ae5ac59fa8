import type { ConfigObject } from "../config/objects";
import type { ComparableFields } from "./comparableFields";
import { nameSimilarity } from "./nameSimilarity";
import type { ObjectMatches } from "./ObjectMatches";

/** Below this similarity an unmatched pair is left as one removal and one addition. */
const LIKELY_RENAME_THRESHOLD = 0.6;
/** Buckets up to this many pairs are scored in full; larger ones use nearby candidates. */
const FULL_SCORING_PAIRS = 400;
/** Candidates per removed object in a large bucket: neighbours by name, and equal contents. */
const NEIGHBOURS = 8;

export interface Unmatched {
  readonly object: ConfigObject;
  /** Tenant + parent: only objects in one bucket can be renames of each other. */
  readonly bucket: string;
  readonly fields: ComparableFields;
  /** The comparable fields in one string: equal signatures mean equal contents. */
  readonly signature: string;
}

function contentSimilarity(b: ComparableFields, a: ComparableFields): number | null {
  let evidence = 0;
  let alike = 0;
  for (const [field, value] of b.values) {
    const other = a.values.get(field) ?? null;
    if (value === null && other === null) continue;
    evidence += 1;
    if (value === other) alike += 1;
  }
  for (const [field, names] of b.lists) {
    const other = a.lists.get(field) ?? [];
    if (names.length === 0 && other.length === 0) continue;
    const set = new Set(names);
    const shared = other.filter((n) => set.has(n)).length;
    evidence += 1;
    alike += shared / (names.length + other.length - shared);
  }
  return evidence === 0 ? null : alike / evidence;
}

/**
 * How alike two objects are (0..1): their names, and their fields and references. An object
 * with no content to compare (a place, an implicit calling list) is judged by name alone.
 */
function renameScore(b: Unmatched, a: Unmatched): number {
  const names = nameSimilarity(b.object.name, a.object.name);
  const content = contentSimilarity(b.fields, a.fields);
  return content === null ? names : 0.4 * names + 0.6 * content;
}

function candidatesInBucket(removed: Unmatched[], added: Unmatched[]): [Unmatched, Unmatched][] {
  if (removed.length * added.length <= FULL_SCORING_PAIRS) {
    return removed.flatMap((b) => added.map((a): [Unmatched, Unmatched] => [b, a]));
  }
  // A large bucket (every person of a tenant) would be quadratic in full. Renames keep most
  // of a name or all of the contents, so each removed object is scored against the added
  // objects nearest to it in name order and those with exactly its contents.
  const sorted = [...added].sort((x, y) => (x.object.name < y.object.name ? -1 : 1));
  const bySignature = new Map<string, Unmatched[]>();
  for (const a of added) {
    const list = bySignature.get(a.signature);
    if (list) list.push(a);
    else bySignature.set(a.signature, [a]);
  }
  const pairs: [Unmatched, Unmatched][] = [];
  for (const b of removed) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.object.name < b.object.name) lo = mid + 1;
      else hi = mid;
    }
    const near = new Set(sorted.slice(Math.max(0, lo - NEIGHBOURS), lo + NEIGHBOURS));
    for (const a of (bySignature.get(b.signature) ?? []).slice(0, NEIGHBOURS)) near.add(a);
    for (const a of near) pairs.push([b, a]);
  }
  return pairs;
}

/**
 * Offers unmatched removed/added pairs of one kind, tenant and parent as likely renames (for
 * formats without DBIDs, such as mutagen JSON), best score first, each object in one pair at
 * most. Objects that both carry DBIDs are never paired: different DBIDs are different objects.
 */
export function matchLikelyRenames(
  removed: readonly Unmatched[],
  added: readonly Unmatched[],
  matches: ObjectMatches,
): void {
  const buckets = new Map<string, { removed: Unmatched[]; added: Unmatched[] }>();
  const bucketOf = (key: string) => {
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { removed: [], added: [] };
      buckets.set(key, bucket);
    }
    return bucket;
  };
  for (const u of removed) bucketOf(u.bucket).removed.push(u);
  for (const u of added) bucketOf(u.bucket).added.push(u);

  const scored: { b: Unmatched; a: Unmatched; score: number }[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.removed.length === 0 || bucket.added.length === 0) continue;
    for (const [b, a] of candidatesInBucket(bucket.removed, bucket.added)) {
      if (b.object.dbid !== undefined && a.object.dbid !== undefined) continue;
      const score = renameScore(b, a);
      if (score >= LIKELY_RENAME_THRESHOLD) scored.push({ b, a, score });
    }
  }
  scored.sort((x, y) => y.score - x.score);
  for (const { b, a, score } of scored) {
    if (matches.isPaired(b.object.key) || matches.afterMatched.has(a.object.key)) continue;
    matches.pair(b.object.key, { after: a.object.key, by: "likely", score });
  }
}
