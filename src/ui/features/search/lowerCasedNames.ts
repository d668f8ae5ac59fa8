import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";

/** A hierarchy's `names` and `statIds` strings lower-cased, entry for entry. */
interface LowerCasedNames {
  readonly names: string;
  readonly statIds: string;
}

const lowered = new WeakMap<Hierarchy, LowerCasedNames>();

/** Computed once per hierarchy, on the first search. */
export function lowerCasedNames(hierarchy: Hierarchy): LowerCasedNames {
  let lower = lowered.get(hierarchy);
  if (!lower) {
    const { names, statIds, nameStart, statStart } = hierarchy.columns;
    lower = { names: lowerEach(names, nameStart), statIds: lowerEach(statIds, statStart) };
    lowered.set(hierarchy, lower);
  }
  return lower;
}

/**
 * The text lower-cased, each entry keeping its length so the starts still apply. A few
 * characters change length in lower case (`İ`); where one does, each entry is lower-cased on
 * its own and, if its length changed, kept as it was.
 */
function lowerEach(text: string, start: Uint32Array): string {
  const whole = text.toLocaleLowerCase();
  if (whole.length === text.length) return whole;
  const parts: string[] = [];
  for (let n = 0; n + 1 < start.length; n++) {
    const entry = text.slice(start[n]!, start[n + 1]!);
    const lower = entry.toLocaleLowerCase();
    parts.push(lower.length === entry.length ? lower : entry);
  }
  return parts.join("");
}
