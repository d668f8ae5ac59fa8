import type { ConfigObject } from "../config/objects";
import { forEachNameScope } from "./forEachNameScope";
import { perRuleContext } from "./perRuleContext";

/** ASCII text is its own NFKC form: most names skip the normalisation. */
const ASCII = /^[^\u0080-\uFFFF]*$/;

/** The key look-alike names share: the NFKC form, in lower case. */
export function foldName(name: string): string {
  return (ASCII.test(name) ? name : name.normalize("NFKC")).toLowerCase();
}

/** FNV-1a over the UTF-16 code units of `text`, as a signed 32-bit integer. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * `hashOf(foldName(name))`, without building the folded name when it is ASCII: there the
 * fold only turns A-Z into a-z, which the loop does on the way. At the first other code
 * unit it folds as `foldName` does a name that is not ASCII.
 */
function hashOfFold(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code > 0x7f) return hashOf(name.normalize("NFKC").toLowerCase());
    hash = Math.imul(hash ^ (code >= 0x41 && code <= 0x5a ? code + 0x20 : code), 0x01000193);
  }
  return hash | 0;
}

/**
 * The objects of one scope grouped by folded name, in model order, keeping only groups of
 * two or more; empty names are left out.
 *
 * Look-alikes are rare, so nothing is folded or keyed by name until the hashes of the folds
 * say it may be needed. A counting filter goes first: each name's folded form is hashed into
 * a table of at least eight slots per object, and only a name whose slot another name also
 * hit can have a look-alike. Those (about one name in nine) are grouped by their whole
 * hash, an integer key; only a group of two or more is folded, to check that the names
 * really fold alike (and, should two folds ever share a hash, to split them). Equal folds
 * hash alike, so no group is missed. Keying every name by its fold would cost a Map entry,
 * and mostly a new lower-case string, per name.
 * Groups come in the order their second name appears; groups split from one hash come where
 * that hash's group would have been.
 */
export function groupLookAlikes(objects: readonly ConfigObject[]): ConfigObject[][] {
  const groups: ConfigObject[][] = [];
  const count = objects.length;
  if (count < 2) return groups;
  const mask = 2 ** Math.ceil(Math.log2(count * 8)) - 1;
  const slots = new Uint8Array(mask + 1);
  const hashes = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const name = objects[i]!.name;
    if (name === "") continue;
    const hash = hashOfFold(name);
    hashes[i] = hash;
    const hits = slots[hash & mask]!;
    if (hits < 2) slots[hash & mask] = hits + 1;
  }
  const byHash = new Map<number, ConfigObject | ConfigObject[]>();
  const sameHash: ConfigObject[][] = [];
  for (let i = 0; i < count; i++) {
    const object = objects[i]!;
    const hash = hashes[i]!;
    if (object.name === "" || slots[hash & mask]! < 2) continue;
    const seen = byHash.get(hash);
    if (seen === undefined) byHash.set(hash, object);
    else if (Array.isArray(seen)) seen.push(object);
    else {
      const group = [seen, object];
      byHash.set(hash, group);
      sameHash.push(group);
    }
  }
  for (const group of sameHash) {
    const fold = foldName(group[0]!.name);
    if (group.every((object) => foldName(object.name) === fold)) groups.push(group);
    else groups.push(...groupByFold(group));
  }
  return groups;
}

/** `objects` grouped by folded name, in model order, groups of two or more. */
function groupByFold(objects: readonly ConfigObject[]): ConfigObject[][] {
  const byFold = new Map<string, ConfigObject[]>();
  for (const object of objects) {
    const fold = foldName(object.name);
    const same = byFold.get(fold);
    if (same) same.push(object);
    else byFold.set(fold, [object]);
  }
  return [...byFold.values()].filter((group) => group.length > 1);
}

/**
 * The look-alike groups of every name scope (`forEachNameScope`), found once per rule
 * context: `confusable-names` reports the groups whose names differ, `duplicate-name` the
 * identical names within them (the same name always folds to the same key), so the two
 * checks fold and group the model's names once between them.
 */
export const lookAlikeGroups = perRuleContext((context): readonly (readonly ConfigObject[])[] => {
  const all: ConfigObject[][] = [];
  forEachNameScope(context, (objects) => {
    for (const group of groupLookAlikes(objects)) all.push(group);
  });
  return all;
});
