import { asObjectKey, type ObjectKey } from "../config/ids";
import { keepShape } from "../keepShape";

/** A read-only view of `ListsByKey`: what the hierarchy and the rules consult. */
export interface ReadonlyListsByKey<V> extends Iterable<[ObjectKey, readonly V[]]> {
  get(key: ObjectKey): readonly V[] | undefined;
  has(key: ObjectKey): boolean;
  /** The lists, in key order. */
  values(): IterableIterator<readonly V[]>;
}

/**
 * Lists of values by object key, in an array indexed by the key. Keys are 1, 2, 3... in load
 * order, so the array is dense: no hashing per read or write, and one backing store for the
 * garbage collector to trace instead of a hash table's. Iterates in key order, which is model
 * order.
 */
export class ListsByKey<V> implements ReadonlyListsByKey<V> {
  private readonly lists: (V[] | undefined)[];

  /** `size`: the largest key expected (the model's object count), to fill the array once. */
  constructor(size = 0) {
    this.lists = new Array<V[] | undefined>(size + 1).fill(undefined);
  }

  get(key: ObjectKey): readonly V[] | undefined {
    return this.lists[key];
  }

  has(key: ObjectKey): boolean {
    return this.lists[key] !== undefined;
  }

  /** Appends one value to the key's list, starting the list if there is none. */
  add(key: ObjectKey, value: V): void {
    const list = this.lists[key];
    if (list) list.push(value);
    else this.set(key, [value]);
  }

  set(key: ObjectKey, list: V[]): void {
    // Grown to the key first, holes included, so that a key far past the end does not turn
    // the array into a dictionary.
    while (this.lists.length < key) this.lists.push(undefined);
    this.lists[key] = list;
  }

  *values(): IterableIterator<readonly V[]> {
    for (let key = 1; key < this.lists.length; key++) {
      const list = this.lists[key];
      if (list) yield list;
    }
  }

  *[Symbol.iterator](): IterableIterator<[ObjectKey, readonly V[]]> {
    for (let key = 1; key < this.lists.length; key++) {
      const list = this.lists[key];
      if (list) yield [asObjectKey(key), list];
    }
  }
}

keepShape(new ListsByKey());
