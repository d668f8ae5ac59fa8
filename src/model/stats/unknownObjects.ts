import { splitStatKey, type StatKey } from "./StatKey";
import { STATISTIC } from "./Statistic";
import type { StatObjectType } from "./StatObjectType";
import type { ObjectStats, StatValues } from "./StatValues";

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
 * Stat Server's verdicts are not statistics: an id it refused is listed with the refusals,
 * and one it merely knows has nothing to show. Sorted by type, then id, so the list does not
 * jump around as values arrive.
 */
export function unknownObjects(
  values: StatValues,
  known: { has(key: StatKey): boolean },
  /** The objects to look at when the caller knows which may be unknown; every one otherwise. */
  among?: Iterable<StatKey>,
): UnknownObject[] {
  const unknown: UnknownObject[] = [];
  const candidates: Iterable<[StatKey, ObjectStats | undefined]> = among
    ? [...among].map((key) => [key, values.objectByKey(key)])
    : values.entries();
  for (const [key, stats] of candidates) {
    if (!stats || known.has(key) || stats.get(STATISTIC.verdict)?.value === "refused") continue;
    let lastReceived = 0;
    const statistics: string[] = [];
    for (const [statistic, entry] of stats) {
      if (statistic.startsWith("$")) continue;
      lastReceived = Math.max(lastReceived, entry.receivedAt);
      statistics.push(statistic);
    }
    if (statistics.length === 0) continue;
    unknown.push({ ...splitStatKey(key), statistics: statistics.sort(), lastReceived });
  }
  return unknown.sort(
    (a, b) =>
      a.objectType.localeCompare(b.objectType) ||
      (a.objectId < b.objectId ? -1 : a.objectId > b.objectId ? 1 : 0),
  );
}
