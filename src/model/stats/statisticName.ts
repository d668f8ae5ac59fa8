import { STATISTIC } from "./Statistic";

/** What a statistic name a source may send looks like: letters, digits and `_ . : -`. */
export const STATISTIC_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.:-]{0,127}$/;

const DERIVED = new Set<string>(Object.values(STATISTIC));

/**
 * Whether a name can be set by a key a source chose freely (an OCS attribute we do not know):
 * not the figures the server derives or maps itself, and not the `$`-prefixed names that carry
 * Stat Server's verdict on an id.
 */
export function isFreeStatisticName(name: string): boolean {
  return STATISTIC_NAME_PATTERN.test(name) && !DERIVED.has(name);
}
