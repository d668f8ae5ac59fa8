import type { StatObjectType } from "./StatObjectType";
import type { StatSource } from "./StatSource";

/** A statistic's value: a number, an enumerated state name, or null when the source has none. */
export type StatValue = number | string | null;

/**
 * One statistic of one object at one moment, as every source delivers it: the simulator, the
 * OCS translator, the generic batch endpoint and the stream all speak this shape.
 */
export interface StatUpdate {
  readonly objectType: StatObjectType;
  readonly objectId: string;
  readonly statistic: string;
  readonly value: StatValue;
  /** When the value was true at the source (ms since the epoch). */
  readonly timestamp: number;
  /** Where the value came from; absent when the sender did not say (an older server). */
  readonly source?: StatSource;
}
