import { describe, expect, it } from "vitest";
import { plural } from "../../src/model/plural";

describe("plural", () => {
  it("writes one in the singular", () => {
    expect(plural(1, "object")).toBe("1 object");
  });

  it("writes none and several in the plural", () => {
    expect(plural(0, "object")).toBe("0 objects");
    expect(plural(3, "more problem")).toBe("3 more problems");
  });
});
