import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFileBounded } from "../../../src/node/cli/readInputs";

describe("readFileBounded", () => {
  it("reads a regular file of several megabytes whole, byte for byte", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "lens-read-")), "big.bin");
    const bytes = randomBytes(3 * 1024 * 1024 + 7);
    writeFileSync(file, bytes);
    const read = await readFileBounded(file, bytes.length);
    expect(read.length).toBe(bytes.length);
    expect(Buffer.compare(Buffer.from(read), bytes)).toBe(0);
  });

  it("reads an empty file as no bytes", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "lens-read-")), "empty.json");
    writeFileSync(file, "");
    expect((await readFileBounded(file, 10)).length).toBe(0);
  });
});
