import type { ObjectKey } from "../config/ids";

/** How a before object was paired with an after object. */
interface Pairing {
  readonly after: ObjectKey;
  readonly by: "dbid" | "name" | "likely";
  /** 1 for DBID and name matches; the similarity of a likely rename. */
  readonly score: number;
}

/** The pairing of before objects with after objects, built kind by kind. */
export class ObjectMatches {
  readonly byBefore = new Map<ObjectKey, Pairing>();
  readonly afterMatched = new Set<ObjectKey>();

  pair(before: ObjectKey, pairing: Pairing): void {
    this.byBefore.set(before, pairing);
    this.afterMatched.add(pairing.after);
  }

  isPaired(before: ObjectKey): boolean {
    return this.byBefore.has(before);
  }
}
