import type { ObjectKey } from "./ids";
import type { ConfigObject } from "./objects";

/**
 * A model's objects by key, when the keys are 1, 2, 3... in the order the objects were added,
 * as `resolveModel` hands them out: held in one array, the key being the place in it. A Map
 * of a million entries grows by rehashing every entry into a new table several times over
 * while it is built, and answers each look-up by hashing; here a look-up is an index. Reads
 * as any `ReadonlyMap`, in key order (which is the order added).
 */
export class ObjectsByKey implements ReadonlyMap<ObjectKey, ConfigObject> {
  private readonly list: ConfigObject[] = [];

  /** Adds `object`, whose key must be the next one (one more than the size). */
  add(object: ConfigObject): void {
    if (object.key !== this.list.length + 1) {
      throw new RangeError(
        `object key ${object.key} added where key ${this.list.length + 1} was due`,
      );
    }
    this.list.push(object);
  }

  get size(): number {
    return this.list.length;
  }

  get(key: ObjectKey): ConfigObject | undefined {
    return key >= 1 && key <= this.list.length ? this.list[key - 1] : undefined;
  }

  has(key: ObjectKey): boolean {
    return this.get(key) !== undefined;
  }

  forEach(
    callback: (
      value: ConfigObject,
      key: ObjectKey,
      map: ReadonlyMap<ObjectKey, ConfigObject>,
    ) => void,
    thisArg?: unknown,
  ): void {
    for (let i = 0; i < this.list.length; i++) {
      const object = this.list[i]!;
      callback.call(thisArg, object, object.key, this);
    }
  }

  values(): MapIterator<ConfigObject> {
    return this.list.values();
  }

  *keys(): MapIterator<ObjectKey> {
    for (let i = 0; i < this.list.length; i++) yield this.list[i]!.key;
  }

  *entries(): MapIterator<[ObjectKey, ConfigObject]> {
    for (let i = 0; i < this.list.length; i++) {
      const object = this.list[i]!;
      yield [object.key, object];
    }
  }

  [Symbol.iterator](): MapIterator<[ObjectKey, ConfigObject]> {
    return this.entries();
  }
}

/**
 * `objects` by key: an `ObjectsByKey` when their keys run 1, 2, 3... in order (a model that
 * `resolveModel` built), else a Map.
 */
export function objectsByKey(
  objects: readonly ConfigObject[],
): ReadonlyMap<ObjectKey, ConfigObject> {
  if (!objects.every((object, i) => object.key === i + 1)) {
    return new Map(objects.map((object) => [object.key, object]));
  }
  const dense = new ObjectsByKey();
  for (let i = 0; i < objects.length; i++) dense.add(objects[i]!);
  return dense;
}
