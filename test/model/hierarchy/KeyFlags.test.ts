import { describe, expect, it } from "vitest";
import { asObjectKey } from "../../../src/model/config/ids";
import { KeyFlags } from "../../../src/model/hierarchy/KeyFlags";

const key = asObjectKey;

describe("KeyFlags", () => {
  it("has the keys added, and no others", () => {
    const flags = new KeyFlags(5);
    flags.add(key(2));
    flags.add(key(5));
    flags.add(key(2));
    expect([1, 2, 3, 4, 5, 6].map((k) => flags.has(key(k)))).toEqual([
      false,
      true,
      false,
      false,
      true,
      false,
    ]);
  });

  it("takes keys past the size it was given, keeping those it had", () => {
    const flags = new KeyFlags(1);
    flags.add(key(1));
    flags.add(key(40));
    expect([flags.has(key(1)), flags.has(key(39)), flags.has(key(40))]).toEqual([
      true,
      false,
      true,
    ]);
  });
});
