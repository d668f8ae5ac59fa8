import type { ConfigObject } from "../config/objects";
import { forEachNameScope } from "./forEachNameScope";
import type { RuleContext } from "./RuleContext";

/** ASCII text is its own NFKC form: most names skip the normalisation. */
const ASCII = /^[^\u0080-\uFFFF]*$/;

/** The key look-alike names share: the NFKC form, in lower case. */
export function foldName(name: string): string {
  return (ASCII.test(name) ? name : name.normalize("NFKC")).toLowerCase();
}

/**
 * The objects of one scope grouped by folded name, in model order, keeping only groups of
 * two or more; empty names are left out. One Map read per name: a name seen once keeps its
 * object, not an array, since look-alikes are rare and a large configuration has 100,000
 * names.
 */
export function groupLookAlikes(objects: readonly ConfigObject[]): ConfigObject[][] {
  const groups: ConfigObject[][] = [];
  if (objects.length < 2) return groups;
  const byKey = new Map<string, ConfigObject | ConfigObject[]>();
  for (const object of objects) {
    if (object.name === "") continue;
    const key = foldName(object.name);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, object);
    else if (Array.isArray(seen)) seen.push(object);
    else {
      const group = [seen, object];
      byKey.set(key, group);
      groups.push(group);
    }
  }
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
