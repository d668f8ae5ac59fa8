import { describe, expect, it } from "vitest";
import { formatByteSize } from "../../../src/model/import/formatByteSize";

describe("formatByteSize", () => {
  it.each([
    [0, "0 bytes"],
    [1023, "1023 bytes"],
    [1024, "1 KiB"],
    [1536, "1.5 KiB"],
    [2734, "2.7 KiB (2734 bytes)"],
    [256 * 1024 ** 2, "256 MiB"],
    [600_000_000, "572.2 MiB (600000000 bytes)"],
    [4 * 1024 ** 3, "4 GiB"],
  ])("writes %d as %s", (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text);
  });
});
