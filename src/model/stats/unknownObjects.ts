import { splitStatKey, type StatKey } from "./StatKey";
import type { StatObjectType } from "./StatObjectType";
import type { StatValues } from "./StatValues";

/** Statistics that arrived for an id no object in the configuration has. */
export interface UnknownObject {
  readonly objectType: StatObjectType;
  readonly objectId: string;
  readonly statistics: readonly string[];
  readonly lastReceived: number;
}

/**
 * Objects with statistics but no node. Often a misnamed object seen from the other side: OCS
 * reports a group as `<campaign>@<group>` while the configuration names it otherwise.
 * Sorted by type, then id, so the list does not jump around as values arrive.
 */
export function unknownObjects(
  values: StatValues,
  known: { has(key: StatKey): boolean },
): UnknownObject[] {
  const unknown: UnknownObject[] = [];
  for (const [key, stats] of values.entries()) {
    if (known.has(key)) continue;
    let lastReceived = 0;
    for (const entry of stats.values()) lastReceived = Math.max(lastReceived, entry.receivedAt);
    unknown.push({ ...splitStatKey(key), statistics: [...stats.keys()].sort(), lastReceived });
  }
  return unknown.sort(
    (a, b) =>
      a.objectType.localeCompare(b.objectType) ||
      (a.objectId < b.objectId ? -1 : a.objectId > b.objectId ? 1 : 0),
  );
}
