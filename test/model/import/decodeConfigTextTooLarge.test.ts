import { describe, expect, it, vi } from "vitest";
import { decodeConfigText } from "../../../src/model/import/decodeConfigText";
import { loadConfig } from "../../../src/model/loadConfig";

// The longest string is 2^29 - 24 characters; a limit of 1,000 stands in for it, so the
// sizes below behave as 600 MB files would.
vi.mock("../../../src/model/import/maxTextLength", () => ({ MAX_TEXT_LENGTH: 1000 }));

const TOO_LARGE = /larger than can be read at once: .* of text, where at most 1000 characters/;

describe("decodeConfigText with text longer than one string holds", () => {
  it("refuses UTF-8 that decodes to more characters than the limit, naming its size", () => {
    const bytes = new TextEncoder().encode(`{"campaigns": []}`.padEnd(1001));
    expect(() => decodeConfigText("big.json", bytes)).toThrow(
      "big.json: the file is larger than can be read at once: 1001 bytes of text, where at most 1000 characters fit in one string",
    );
  });

  it("reads UTF-8 with more bytes than the limit when its characters fit (three bytes each)", () => {
    const text = `{"name": "${"東".repeat(400)}"}`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(decodeConfigText("cjk.json", bytes)).toBe(text);
  });

  it("counts a four-byte character as the two UTF-16 units it decodes to", () => {
    const bytes = new TextEncoder().encode(`"${"😀".repeat(500)}"`);
    expect(() => decodeConfigText("emoji.json", bytes)).toThrow(TOO_LARGE);
  });

  it("refuses UTF-16 whose pairs outnumber the limit (Node's decoder calls it invalid data)", () => {
    const bytes = new Uint8Array(Buffer.from(`\uFEFF${"<a/>".padEnd(1100)}`, "utf16le"));
    expect(() => decodeConfigText("wide.xml", bytes)).toThrow(
      "wide.xml: the file is larger than can be read at once: 2.2 KiB (2202 bytes) of text",
    );
  });

  it("reaches loadConfig's callers as a ConfigImportError naming the file", () => {
    const content = new TextEncoder().encode(`{"campaigns": []}`.padEnd(2048));
    expect(() => loadConfig([{ path: "export.json", content }])).toThrow(
      expect.objectContaining({
        name: "ConfigImportError",
        file: "export.json",
        reason: expect.stringMatching(TOO_LARGE),
      }),
    );
  });
});
