import type { Random } from "../random/createRandom";

/**
 * Walks a shuffled pool round and round, so that every item is used once before any is used
 * twice: that is what makes lists and groups shared between campaigns.
 */
export class Cycle<T> {
  private readonly order: T[];
  private index = 0;

  constructor(items: readonly T[], random: Random) {
    this.order = [...items];
    for (let i = this.order.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [this.order[i], this.order[j]] = [this.order[j] as T, this.order[i] as T];
    }
  }

  /** The next item not in `exclude`; undefined when every item is excluded. */
  nextNotIn(exclude: readonly T[], same: (a: T, b: T) => boolean = Object.is): T | undefined {
    for (let tries = 0; tries < this.order.length; tries++) {
      const item = this.order[this.index % this.order.length] as T;
      this.index++;
      if (!exclude.some((e) => same(e, item))) return item;
    }
    return undefined;
  }
}
