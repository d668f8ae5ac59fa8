import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { jsonObjectRegions } from "../../../src/node/cli/jsonObjectRegions";
import { listElementRegions } from "../../../src/node/cli/listElementRegions";

const SAMPLES = resolve(__dirname, "../../../../shared/samples/mutagen/export-json");
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Every object element of the top-level object's lists, as findings name them. */
function elementPaths(text: string): Set<string> {
  const paths = new Set<string>();
  const root = JSON.parse(text) as Record<string, unknown>;
  for (const [member, value] of Object.entries(root)) {
    if (!Array.isArray(value)) continue;
    value.forEach((element, index) => {
      if (typeof element === "object" && element !== null && !Array.isArray(element)) {
        paths.add(`${member}[${index}]`);
      }
    });
  }
  return paths;
}

/** The regions found over the bytes, beside those jsonc-parser's tokenizer finds in the text. */
function bothWays(text: string, bytes: Uint8Array = utf8(text)) {
  const wanted = elementPaths(text.replace(/^\uFEFF/, ""));
  return {
    overBytes: listElementRegions(bytes, wanted),
    overText: jsonObjectRegions(text.replace(/^\uFEFF/, ""), wanted),
    wanted,
  };
}

describe("listElementRegions", () => {
  it("places every object of mutagen's own exports where jsonc-parser does", () => {
    const files = readdirSync(SAMPLES).filter((name) => name.endsWith(".json"));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const { overBytes, overText, wanted } = bothWays(readFileSync(join(SAMPLES, name), "utf8"));
      expect(overBytes, name).toEqual(overText);
      expect(overBytes?.size, name).toBe(wanted.size);
    }
  });

  it("counts columns in UTF-16 code units past names in other scripts, and lines in CRLF files", () => {
    const generated = generateConfig({ objects: 300, seed: 7, defects: 0.2 }).text;
    expect([...generated].some((char) => char.charCodeAt(0) > 0x7f)).toBe(true);
    for (const text of [
      generated,
      generated.replaceAll("\n", "\r\n"),
      generated.replaceAll("\n", "\r"),
      `\uFEFF${generated}`,
    ]) {
      const { overBytes, overText, wanted } = bothWays(text);
      expect(wanted.size).toBeGreaterThan(200);
      expect(overBytes).toEqual(overText);
    }
  });

  it("follows any layout: one line, other elements in the lists, braces and quotes inside strings", () => {
    const root = {
      __metadata__: { formatName: "JSON", nested: [{ a: 1 }, { b: "}" }] },
      persons: [
        "a string",
        { userName: 'ann "the } and ] and \\ one"', tenant: "Ω 👩‍💻 {", skills: [{ x: [1] }] },
        17,
        [{ not: "an element of persons' own" }],
        { userName: "bob", empty: {} },
        {},
      ],
      tenants: [{ name: "t" }],
    };
    for (const text of [
      JSON.stringify(root),
      JSON.stringify(root, null, 2),
      JSON.stringify(root, null, "\t"),
    ]) {
      const { overBytes, overText, wanted } = bothWays(text);
      expect([...wanted]).toEqual(["persons[1]", "persons[4]", "persons[5]", "tenants[0]"]);
      expect(overBytes).toEqual(overText);
    }
    expect(listElementRegions(utf8(JSON.stringify(root)), new Set(["persons[4]"]))).toEqual(
      new Map([
        [
          "persons[4]",
          {
            startLine: 1,
            startColumn: expect.any(Number) as number,
            endLine: 1,
            endColumn: expect.any(Number) as number,
          },
        ],
      ]),
    );
  });

  describe("on an export written on one line", () => {
    afterEach(() => vi.restoreAllMocks());

    it("decodes each byte about once, not the line up to each object again", () => {
      const generated = generateConfig({ objects: 2_000, seed: 5, defects: 0.2 }).text;
      const oneLine = JSON.stringify(JSON.parse(generated));
      const bytes = utf8(oneLine);
      let decoded = 0;
      const decode = TextDecoder.prototype.decode;
      vi.spyOn(TextDecoder.prototype, "decode").mockImplementation(function (
        this: TextDecoder,
        input?: AllowSharedBufferSource,
        options?: TextDecodeOptions,
      ) {
        decoded += input?.byteLength ?? 0;
        return decode.call(this, input, options);
      });
      const { overBytes, wanted } = bothWays(oneLine, bytes);
      expect(overBytes?.size).toBe(wanted.size);
      // The members' names are decoded too, once each; the lines up to each object are not.
      expect(decoded).toBeLessThanOrEqual(bytes.length * 2);
      vi.restoreAllMocks();
      expect(overBytes).toEqual(jsonObjectRegions(oneLine, wanted));
    });
  });

  it("leaves to the whole reading what it does not follow", () => {
    const text = JSON.stringify({ persons: [{ userName: "a" }] }, null, 2);
    // A path below an element, or into a list that is the whole file.
    expect(listElementRegions(utf8(text), new Set(["persons[0].skills[1]"]))).toBeUndefined();
    expect(listElementRegions(utf8("[{}]"), new Set(["[0]"]))).toBeUndefined();
    expect(listElementRegions(utf8("[{}]"), new Set(["persons[0]"]))).toBeUndefined();
    // Not one JSON object: XML whose text holds JSON, or a second value after the object.
    const xml = '<Cfg><CfgCampaign name="c">{"CfgCampaign": [{"b": 1}]}</CfgCampaign></Cfg>';
    expect(listElementRegions(utf8(xml), new Set(["CfgCampaign[0]"]))).toBeUndefined();
    const two = '{"persons": [{"a": 1}]}\n{"persons": [{"b": 2}]}';
    expect(listElementRegions(utf8(two), new Set(["persons[0]"]))).toBeUndefined();
    // Two members of one name: JSON.parse keeps the last.
    const twice = '{"persons": [{"a": 1}], "persons": [{"b": 2}]}';
    expect(listElementRegions(utf8(twice), new Set(["persons[0]"]))).toBeUndefined();
    // UTF-16 text, and text cut short.
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    expect(listElementRegions(utf16, new Set(["persons[0]"]))).toBeUndefined();
    expect(listElementRegions(utf8(text.slice(0, -3)), new Set(["persons[0]"]))).toBeUndefined();
    expect(
      listElementRegions(utf8('{"persons": [{"a": "unterminated'), new Set(["persons[0]"])),
    ).toBeUndefined();
  });
});
