import { statKey, type StatKey } from "../../model/stats/StatKey";
import type { StatObjectType } from "../../model/stats/StatObjectType";
import type { StatValues } from "../../model/stats/StatValues";
import type { StatUpdate } from "../../model/stats/StatUpdate";

/**
 * Bounds the objects feeders can make the server hold. Every object of the loaded
 * configuration is welcome; objects it does not have (often a misnamed group seen from the
 * other side, which is why they are kept at all) are taken up to an allowance, and updates for
 * further unknown objects are refused. Without the bound, a feeder posting ever new ids grows
 * memory and every client's snapshot without limit. An object's statistics are bounded as well.
 */
export class ObjectAllowance {
  readonly #known: ReadonlySet<StatKey>;
  readonly #unknown = new Set<StatKey>();
  readonly #limit: number;
  readonly #values: StatValues;
  readonly #statisticsPerObject: number;

  /**
   * `values`: what the server holds, so that an object's statistics are bounded too: a free
   * OCS key or a batch's statistic name is a new entry of an object already admitted.
   */
  constructor(
    known: ReadonlySet<StatKey>,
    limit: number,
    values: StatValues,
    statisticsPerObject: number,
  ) {
    this.#known = known;
    this.#limit = limit;
    this.#values = values;
    this.#statisticsPerObject = statisticsPerObject;
  }

  /** Whether an update for this object would be admitted now (nothing is recorded). */
  wouldAdmit(objectType: StatObjectType, objectId: string): boolean {
    const key = statKey(objectType, objectId);
    return this.#known.has(key) || this.#unknown.has(key) || this.#unknown.size < this.#limit;
  }

  get unknownHeld(): number {
    return this.#unknown.size;
  }

  get limit(): number {
    return this.#limit;
  }

  /** The updates that may be kept, and how many were refused for an unknown object past the allowance. */
  admit(updates: readonly StatUpdate[]): { admitted: StatUpdate[]; refused: number } {
    const admitted: StatUpdate[] = [];
    let refused = 0;
    // Statistics new to their object in this very call count too: one batch could name thousands.
    const added = new Map<StatKey, Set<string>>();
    for (const update of updates) {
      const key = statKey(update.objectType, update.objectId);
      const held = this.#values.objectByKey(key);
      let adding = added.get(key);
      if (held?.has(update.statistic) !== true && adding?.has(update.statistic) !== true) {
        if ((held?.size ?? 0) + (adding?.size ?? 0) >= this.#statisticsPerObject) {
          refused += 1;
          continue;
        }
        if (!adding) added.set(key, (adding = new Set()));
        adding.add(update.statistic);
      }
      if (this.#known.has(key) || this.#unknown.has(key)) admitted.push(update);
      else if (this.#unknown.size < this.#limit) {
        this.#unknown.add(key);
        admitted.push(update);
      } else refused += 1;
    }
    return { admitted, refused };
  }
}
