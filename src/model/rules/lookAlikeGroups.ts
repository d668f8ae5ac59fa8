import type { ConfigObject } from "../config/objects";
import { forEachNameScope } from "./forEachNameScope";
import type { RuleContext } from "./RuleContext";

/** ASCII text is its own NFKC form: most names skip the normalisation. */
const ASCII = /^[^\u0080-\uFFFF]*$/;

/** The key look-alike names share: the NFKC form, in lower case. */
export function foldName(name: string): string {
  return (ASCII.test(name) ? name : name.normalize("NFKC")).toLowerCase();
}

/** FNV-1a over the UTF-16 code units of `text`. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
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
  return hash >>> 0;
}

/**
 * The objects of one scope grouped by folded name, in model order, keeping only groups of
 * two or more; empty names are left out.
 *
 * Look-alikes are rare, so a counting filter goes first: each name's folded form is hashed
 * into a table of at least eight slots per object, and only a name whose slot another name
 * also hit can have a look-alike. Those few are folded and grouped in a Map. Equal folds
 * hash alike, so no group is missed; a shared slot without a shared fold only costs a Map
 * entry. Keying every name instead cost a Map entry, and mostly a new lower-case string,
 * per name: 100,000 of them in a large configuration.
 */
export function groupLookAlikes(objects: readonly ConfigObject[]): ConfigObject[][] {
  const groups: ConfigObject[][] = [];
  if (objects.length < 2) return groups;
  const mask = 2 ** Math.ceil(Math.log2(objects.length * 8)) - 1;
  const slots = new Uint8Array(mask + 1);
  const hashes = new Uint32Array(objects.length);
  objects.forEach((object, i) => {
    if (object.name === "") return;
    const hash = hashOfFold(object.name);
    const count = slots[hash & mask] ?? 0;
    hashes[i] = hash;
    if (count < 2) slots[hash & mask] = count + 1;
  });
  const byKey = new Map<string, ConfigObject | ConfigObject[]>();
  objects.forEach((object, i) => {
    if (object.name === "" || (slots[(hashes[i] ?? 0) & mask] ?? 0) < 2) return;
    const key = foldName(object.name);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, object);
    else if (Array.isArray(seen)) seen.push(object);
    else {
      const group = [seen, object];
      byKey.set(key, group);
      groups.push(group);
    }
  });
  return groups;
}

const found = new WeakMap<RuleContext, readonly (readonly ConfigObject[])[]>();

/**
 * The look-alike groups of every name scope (`forEachNameScope`), found once per rule
 * context: `confusable-names` reports the groups whose names differ, `duplicate-name` the
 * identical names within them (the same name always folds to the same key), so the two
 * checks fold and group the model's names once between them.
 */
export function lookAlikeGroups(context: RuleContext): readonly (readonly ConfigObject[])[] {
  let groups = found.get(context);
  if (groups === undefined) {
    const all: ConfigObject[][] = [];
    forEachNameScope(context, (objects) => {
      for (const group of groupLookAlikes(objects)) all.push(group);
    });
    found.set(context, (groups = all));
  }
  return groups;
}
