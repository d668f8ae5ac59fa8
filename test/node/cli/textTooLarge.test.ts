import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCheck } from "../../../src/node/cli/check";
import { memoryIo } from "./memoryIo";

const RealTextDecoder = globalThis.TextDecoder;

/**
 * A decoder that fails as Node's does on a text longer than V8's longest string (a 600 MB
 * file), for any input past `bytes`, so the test needs no such file.
 */
function decoderFailingPast(bytes: number) {
  return class extends RealTextDecoder {
    override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
      if (input !== undefined && input.byteLength > bytes) {
        throw Object.assign(new Error("Cannot create a string longer than 0x1fffffe8 characters"), {
          code: "ERR_STRING_TOO_LONG",
        });
      }
      return super.decode(input, options);
    }
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a text too long for one string", () => {
  it("is reported as larger than can be read at once, with its size, not as 'not a text file'", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "lens-long-")), "huge.json");
    writeFileSync(path, `{"campaigns": []}`.padEnd(3 * 1024));
    vi.stubGlobal("TextDecoder", decoderFailingPast(1024));
    const { io, out } = memoryIo();
    expect(await runCheck(["--max-input-size", "1GiB", path], io)).toBe(2);
    expect(out.stderr).toBe(
      `check: ${path}: the file is larger than can be read at once: 3 KiB of text, ` +
        "where at most 536870888 characters fit in one string\n",
    );
  });

  it("still reports bytes that are not valid UTF-8 as not a text file", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "lens-long-")), "latin1.json");
    writeFileSync(path, Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    vi.stubGlobal("TextDecoder", decoderFailingPast(1024));
    const { io, out } = memoryIo();
    expect(await runCheck([path], io)).toBe(2);
    expect(out.stderr).toContain(`check: ${path}: not a text file`);
  });
});
