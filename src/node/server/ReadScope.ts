import type { StatObjectType } from "../../model/stats/StatObjectType";

/**
 * What a reader may see of the live statistics: a subset of the Stat Server objects, named by
 * `key` so that readers with the same subset share one encoding of every event. `null` in
 * place of a scope means everything (the loopback demo, a user allowed every tenant).
 */
export interface ReadScope {
  /** Equal for scopes that allow the same objects; never shared with a different subset. */
  readonly key: string;
  allows(type: StatObjectType, id: string): boolean;
}
