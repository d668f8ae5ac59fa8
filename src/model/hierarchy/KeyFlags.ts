import type { ObjectKey } from "../config/ids";
import { keepShape } from "../keepShape";

/** A read-only view of `KeyFlags`. */
export interface ReadonlyKeyFlags {
  has(key: ObjectKey): boolean;
}

/**
 * A set of object keys as one byte per key: keys are 1, 2, 3... in load order, so a model of
 * n objects needs n + 1 bytes, with no hashing and nothing for the garbage collector to trace.
 */
export class KeyFlags implements ReadonlyKeyFlags {
  private flags: Uint8Array;

  /** `size`: the largest key expected (the model's object count). */
  constructor(size = 0) {
    this.flags = new Uint8Array(size + 1);
  }

  add(key: ObjectKey): void {
    if (key >= this.flags.length) {
      const grown = new Uint8Array(Math.max(key + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    this.flags[key] = 1;
  }

  has(key: ObjectKey): boolean {
    return this.flags[key] === 1;
  }
}

keepShape(new KeyFlags());
