import type { HierarchyNode } from "../../model/hierarchy/HierarchyNode";
import { statKey, type StatKey } from "../../model/stats/StatKey";
import { statObjectTypeOf } from "../../model/stats/StatObjectType";
import type { StatUpdate } from "../../model/stats/StatUpdate";

/**
 * Bounds the objects feeders can make the server hold. Every object of the loaded
 * configuration is welcome; objects it does not have (often a misnamed group seen from the
 * other side, which is why they are kept at all) are taken up to an allowance, and updates for
 * further unknown objects are refused. Without the bound, a feeder posting ever new ids grows
 * memory and every client's snapshot without limit.
 */
export class ObjectAllowance {
  readonly #known: ReadonlySet<StatKey>;
  readonly #unknown = new Set<StatKey>();
  readonly #limit: number;

  constructor(known: ReadonlySet<StatKey>, limit: number) {
    this.#known = known;
    this.#limit = limit;
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
    for (const update of updates) {
      const key = statKey(update.objectType, update.objectId);
      if (this.#known.has(key) || this.#unknown.has(key)) admitted.push(update);
      else if (this.#unknown.size < this.#limit) {
        this.#unknown.add(key);
        admitted.push(update);
      } else refused += 1;
    }
    return { admitted, refused };
  }
}

/** The (type, Stat Server id) of every node of a hierarchy that has one. */
export function knownObjects(root: HierarchyNode): Set<StatKey> {
  const keys = new Set<StatKey>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const type = statObjectTypeOf(node.kind);
    if (type !== null && node.statId !== null) keys.add(statKey(type, node.statId));
    for (const child of node.children) stack.push(child);
  }
  return keys;
}
