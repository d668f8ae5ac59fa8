import { describe, expect, it } from "vitest";
import { asObjectKey } from "../../../src/model/config/ids";
import { ListsByKey } from "../../../src/model/hierarchy/ListsByKey";

const key = asObjectKey;

describe("ListsByKey", () => {
  it("appends values to each key's own list", () => {
    const lists = new ListsByKey<string>(4);
    lists.add(key(2), "a");
    lists.add(key(4), "b");
    lists.add(key(2), "c");
    expect(lists.get(key(2))).toEqual(["a", "c"]);
    expect(lists.get(key(4))).toEqual(["b"]);
    expect(lists.get(key(3))).toBeUndefined();
    expect(lists.has(key(2))).toBe(true);
    expect(lists.has(key(3))).toBe(false);
  });

  it("takes keys past the size it was given", () => {
    const lists = new ListsByKey<string>(1);
    lists.add(key(9), "late");
    lists.set(key(5), ["set"]);
    expect(lists.get(key(9))).toEqual(["late"]);
    expect(lists.get(key(5))).toEqual(["set"]);
    expect(lists.has(key(7))).toBe(false);
  });

  it("iterates the keys that have a list, in key order, whatever order they were added in", () => {
    const lists = new ListsByKey<string>();
    lists.add(key(3), "x");
    lists.add(key(1), "y");
    lists.add(key(3), "z");
    expect([...lists]).toEqual([
      [1, ["y"]],
      [3, ["x", "z"]],
    ]);
    expect([...lists.values()]).toEqual([["y"], ["x", "z"]]);
  });
});
