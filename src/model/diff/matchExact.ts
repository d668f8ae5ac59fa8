import type { ConfigObject } from "../config/objects";
import type { ObjectMatches } from "./ObjectMatches";

/** Who an object is by name: tenant, parent (a campaign group's campaign, else ""), name. */
export type NameIdentity = readonly [tenant: string, parent: string, name: string];

/**
 * Objects by tenant, parent and name in nested maps: looking up three names the parser
 * already hashed is much cheaper, at 100k objects, than building and hashing one joined key
 * per object.
 */
class NameIndex {
  private readonly byTenant = new Map<string, Map<string, Map<string, ConfigObject[]>>>();

  add([tenant, parent, name]: NameIdentity, o: ConfigObject): void {
    let byParent = this.byTenant.get(tenant);
    if (!byParent) this.byTenant.set(tenant, (byParent = new Map()));
    let byName = byParent.get(parent);
    if (!byName) byParent.set(parent, (byName = new Map()));
    const list = byName.get(name);
    if (list) list.push(o);
    else byName.set(name, [o]);
  }

  get([tenant, parent, name]: NameIdentity): ConfigObject[] | undefined {
    return this.byTenant.get(tenant)?.get(parent)?.get(name);
  }
}

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
  identity: {
    before: (o: ConfigObject) => NameIdentity;
    after: (o: ConfigObject) => NameIdentity;
  },
  matches: ObjectMatches,
): void {
  const afterByDbid = new Map<number, ConfigObject>();
  for (const a of after) {
    if (a.dbid !== undefined && !afterByDbid.has(a.dbid)) afterByDbid.set(a.dbid, a);
  }
  for (const b of before) {
    if (b.dbid === undefined) continue;
    const a = afterByDbid.get(b.dbid);
    if (a && !matches.afterMatched.has(a.key)) {
      matches.pair(b.key, { after: a.key, by: "dbid", score: 1 });
    }
  }

  const afterByName = new NameIndex();
  for (const a of after) {
    if (!matches.afterMatched.has(a.key)) afterByName.add(identity.after(a), a);
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
