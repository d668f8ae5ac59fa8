import { asObjectKey, type ObjectKey } from "./ids";
import type { ConfigKind } from "./kinds";

/** Keys are `<kind>:<n>`, numbered per kind in load order; implicit objects have their own run. */
export class KeyCounter {
  private readonly counters = new Map<string, number>();

  next(kind: ConfigKind, run = ""): ObjectKey {
    // Most keys are of the main run: the kind itself names its counter, with no string built.
    const counter = run === "" ? kind : `${kind}${run}`;
    const n = this.counters.get(counter) ?? 0;
    this.counters.set(counter, n + 1);
    return asObjectKey(`${kind}${run}:${n}`);
  }
}
