import type { ConfigObject } from "../config/objects";
import type { ObjectMatches } from "./ObjectMatches";

/**
 * Pairs objects of one kind that are the same object on both sides. The DBID is the real key
 * (unique per object type, never reused), so it is tried first for every object: a renamed
 * object keeps its DBID. Objects still unpaired then match by tenant + name (+ campaign, for
 * campaign groups, whose names are unique only within their campaign), unless both carry
 * DBIDs that differ: that is an object deleted and another created under the same name.
 */
export function matchExact(
  before: readonly ConfigObject[],
  after: readonly ConfigObject[],
  identity: { before: (o: ConfigObject) => string; after: (o: ConfigObject) => string },
  matches: ObjectMatches,
): void {
  const afterByDbid = new Map<number, ConfigObject>();
  for (const a of after) {
    if (a.dbid !== undefined && !afterByDbid.has(a.dbid)) afterByDbid.set(a.dbid, a);
  }
  for (const b of before) {
    if (b.dbid === undefined) continue;
    const a = afterByDbid.get(b.dbid);
    if (a && !matches.afterMatched.has(a.key))
      matches.pair(b.key, { after: a.key, by: "dbid", score: 1 });
  }

  const afterByName = new Map<string, ConfigObject[]>();
  for (const a of after) {
    if (matches.afterMatched.has(a.key)) continue;
    const id = identity.after(a);
    const list = afterByName.get(id);
    if (list) list.push(a);
    else afterByName.set(id, [a]);
  }
  for (const b of before) {
    if (matches.isPaired(b.key)) continue;
    const candidates = afterByName.get(identity.before(b));
    if (!candidates) continue;
    const at = candidates.findIndex(
      (a) =>
        !matches.afterMatched.has(a.key) &&
        (a.dbid === undefined || b.dbid === undefined || a.dbid === b.dbid),
    );
    if (at < 0) continue;
    matches.pair(b.key, { after: candidates[at]!.key, by: "name", score: 1 });
    candidates.splice(at, 1);
  }
}
