import type { StatObjectType } from "./StatObjectType";

declare const brand: unique symbol;
/** One statistics object: its Stat Server type and id in a single string, for Map keys. */
export type StatKey = string & { readonly [brand]: "StatKey" };

// A NUL cannot occur in a Configuration Server name, so it separates type and id unambiguously.
const SEPARATOR = "\u0000";

export function statKey(objectType: StatObjectType, objectId: string): StatKey {
  return `${objectType}${SEPARATOR}${objectId}` as StatKey;
}

export function splitStatKey(key: StatKey): { objectType: StatObjectType; objectId: string } {
  const at = key.indexOf(SEPARATOR);
  return {
    objectType: key.slice(0, at) as StatObjectType,
    objectId: key.slice(at + 1),
  };
}
