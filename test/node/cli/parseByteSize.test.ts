import { describe, expect, it } from "vitest";
import { parseByteSize } from "../../../src/node/cli/parseByteSize";

describe("parseByteSize", () => {
  it.each([
    ["1000", 1000],
    ["512B", 512],
    ["64KiB", 64 * 1024],
    ["1 MB", 1_000_000],
    ["256mib", 256 * 1024 ** 2],
    ["1.5GiB", 1.5 * 1024 ** 3],
    ["2GB", 2_000_000_000],
  ])("reads %s as %d bytes", (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it.each(["", "MB", "-1MB", "0", "1.5", "12XB", "1e9", "1 MiB extra", "0.1B"])(
    "refuses %j",
    (text) => {
      expect(parseByteSize(text)).toBeUndefined();
    },
  );
});
