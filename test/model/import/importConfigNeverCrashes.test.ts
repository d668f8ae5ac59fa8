import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigImportError } from "../../../src/model/import/ConfigImportError";
import { importConfig } from "../../../src/model/import/importConfig";

const MUTAGEN_TEXT = readFileSync(
  resolve("../shared/samples/mutagen/export-json/campaignGroups-config.json"),
  "utf8",
);
const RAW_TEXT = readFileSync("test/fixtures/import/outbound-raw.json", "utf8");
const XML_TEXT = readFileSync("test/fixtures/import/outbound.xml", "utf8");
const PSDK_JSON_TEXT = readFileSync("test/fixtures/import/psdk-json/find-folders.json", "utf8");

/** Imports, and fails the property if anything but a ConfigImportError is thrown. */
function importsOrRefusesCleanly(content: string | Uint8Array): void {
  try {
    importConfig({ path: "input", content });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigImportError);
    expect((error as ConfigImportError).message).toMatch(/^input(:\d+:\d+)?: \S/);
  }
}

function damaged(text: string) {
  return fc
    .tuple(fc.nat(text.length), fc.nat(40), fc.string({ maxLength: 6 }))
    .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut));
}

const anyValue = fc.anything({
  withNullPrototype: false,
  withBoxedValues: false,
  withMap: false,
  withSet: false,
  withObjectString: false,
  withTypedArray: false,
  withSparseArray: false,
  withDate: false,
  withBigInt: false,
  key: fc.constantFrom(
    "name",
    "group",
    "campaign",
    "CfgGroup",
    "__proto__",
    "DBID",
    "state",
    "x",
    "items",
    "campaignGroups",
    "groupInfo",
  ),
});

describe("importConfig never crashes: it loads or throws a ConfigImportError", () => {
  it("on arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), importsOrRefusesCleanly), {
      numRuns: 500,
    });
  });

  it("on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), importsOrRefusesCleanly),
      {
        numRuns: 500,
      },
    );
  });

  it.each([
    ["a mutagen JSON export", MUTAGEN_TEXT],
    ["a mutagen RAW export", RAW_TEXT],
    ["Configuration Server XML", XML_TEXT],
    ["a $class folder listing", PSDK_JSON_TEXT],
  ])("on %s damaged anywhere", (_, text) => {
    fc.assert(fc.property(damaged(text), importsOrRefusesCleanly), { numRuns: 300 });
  });

  it("on mutagen sections holding any JSON value", () => {
    const sections = fc.constantFrom(
      "campaigns",
      "campaignGroups",
      "agentGroups",
      "placeGroups",
      "persons",
      "places",
      "tenants",
      "callingLists",
    );
    fc.assert(
      fc.property(sections, fc.array(anyValue, { maxLength: 4 }), (section, list) => {
        const text = JSON.stringify({ __metadata__: { formatName: "JSON" }, [section]: list });
        if (text !== undefined) importsOrRefusesCleanly(text);
      }),
      { numRuns: 500 },
    );
  });

  it("on RAW types holding any JSON value", () => {
    const types = fc.constantFrom("CFGCampaign", "CFGCampaignGroup", "CFGAgentGroup", "CFGPerson");
    fc.assert(
      fc.property(types, anyValue, (type, value) => {
        const text = JSON.stringify({ __metadata__: { formatName: "RAW" }, [type]: value });
        if (text !== undefined) importsOrRefusesCleanly(text);
      }),
      { numRuns: 500 },
    );
  });

  it("on $class objects and folders holding any JSON value", () => {
    const classes = fc.constantFrom(
      "CfgFolder",
      "CfgCampaign",
      "CfgCampaignGroup",
      "CfgAgentGroup",
      "CfgPerson",
      "CfgDN",
    );
    fc.assert(
      fc.property(classes, anyValue, anyValue, (type, items, field) => {
        const object = { $class: type, id: 1, name: "x", campaignId: 2, type: 27, items, field };
        const text = JSON.stringify({ status: { code: 0 }, data: [object] });
        if (text !== undefined) importsOrRefusesCleanly(text);
      }),
      { numRuns: 500 },
    );
  });

  it("on campaign-level group lists holding any JSON value", () => {
    fc.assert(
      fc.property(anyValue, (entries) => {
        const campaign = { DBID: 1, name: "Sales", campaignGroups: entries };
        const text = JSON.stringify({ __metadata__: { formatName: "RAW" }, CFGCampaign: campaign });
        if (text !== undefined) importsOrRefusesCleanly(text);
      }),
      { numRuns: 500 },
    );
  });
});
