import { asObjectKey, type ObjectKey } from "./ids";

/** Hands out the keys of one model: 1, 2, 3... in the order objects are placed or implied. */
export class KeyCounter {
  private last = 0;

  next(): ObjectKey {
    return asObjectKey(++this.last);
  }
}
