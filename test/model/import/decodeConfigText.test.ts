import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeConfigText } from "../../../src/model/import/decodeConfigText";
import { importConfig } from "../../../src/model/import/importConfig";

const SAMPLE = resolve("../shared/samples/mutagen/export-json/campaignGroups-config.json");
const text = readFileSync(SAMPLE, "utf8");

function utf16le(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, "utf16le"));
}

function utf16be(s: string): Uint8Array {
  const bytes = utf16le(s);
  for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

const BOM_UTF8 = Uint8Array.from([0xef, 0xbb, 0xbf]);
const BOM_LE = Uint8Array.from([0xff, 0xfe]);
const BOM_BE = Uint8Array.from([0xfe, 0xff]);

describe("decodeConfigText", () => {
  it.each([
    ["UTF-8", new TextEncoder().encode(text)],
    ["UTF-8 with a byte order mark", concat(BOM_UTF8, new TextEncoder().encode(text))],
    ["UTF-16 LE with a byte order mark", concat(BOM_LE, utf16le(text))],
    ["UTF-16 BE with a byte order mark", concat(BOM_BE, utf16be(text))],
    ["UTF-16 LE without a byte order mark", utf16le(text)],
    ["UTF-16 BE without a byte order mark", utf16be(text)],
  ])("reads %s", (_, bytes) => {
    expect(decodeConfigText("c.json", bytes)).toBe(text);
  });

  it("drops a byte order mark from a string", () => {
    expect(decodeConfigText("c.json", `\ufeff${text}`)).toBe(text);
  });

  it("keeps non-ASCII names intact in UTF-16", () => {
    const xml = '<ConfData><CfgCampaign><name value="Продажи 销售 été"/></CfgCampaign></ConfData>';
    expect(decodeConfigText("c.xml", utf16le(xml))).toBe(xml);
    expect(decodeConfigText("c.xml", concat(BOM_BE, utf16be(xml)))).toBe(xml);
  });

  it("refuses a string holding NUL characters", () => {
    expect(() => decodeConfigText("c.json", '{"a":\u0000}')).toThrow(/not a text file/);
  });
});

describe("importConfig reads every encoding to the same objects", () => {
  const expected = importConfig({ path: "c.json", content: text }).objects;

  it.each([
    ["a UTF-8 byte order mark", concat(BOM_UTF8, new TextEncoder().encode(text))],
    ["UTF-16 LE", concat(BOM_LE, utf16le(text))],
    ["UTF-16 BE", concat(BOM_BE, utf16be(text))],
  ])("with %s", (_, content) => {
    const file = importConfig({ path: "c.json", content });
    expect(file.objects).toEqual(expected);
    expect(file.objects.find((o) => o.kind === "campaignGroup")?.name).toBe("cfgObjectTest");
  });

  it("reads UTF-16 XML with a UTF-16 declaration", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?>\n' +
      '<ConfData><CfgPlace><DBID value="4"/><name value="Poste 4"/></CfgPlace></ConfData>';
    const file = importConfig({ path: "p.xml", content: concat(BOM_LE, utf16le(xml)) });
    expect(file.objects).toEqual([
      expect.objectContaining({ kind: "place", name: "Poste 4", dbid: 4 }),
    ]);
  });
});
