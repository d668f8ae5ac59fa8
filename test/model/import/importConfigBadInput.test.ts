import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigImportError } from "../../../src/model/import/ConfigImportError";
import { importConfig } from "../../../src/model/import/importConfig";

const SAMPLES = resolve("../shared/samples/mutagen/export-json");
const XML_FIXTURE = "test/fixtures/import/outbound.xml";

function importError(path: string, content: string | Uint8Array): ConfigImportError {
  try {
    importConfig({ path, content });
  } catch (error) {
    if (error instanceof ConfigImportError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to be refused`);
}

function mutagen(sections: Record<string, unknown>): string {
  return JSON.stringify({ __metadata__: { formatName: "JSON" }, ...sections }, null, 2);
}

describe("importConfig refuses bad input with a message saying what and where", () => {
  it("gives the line and column of the end of a truncated JSON file", () => {
    const text = readFileSync(resolve(SAMPLES, "campaigns-config.json"), "utf8");
    const cut = text.slice(0, text.indexOf('"description"'));
    const lines = cut.split("\n");
    const error = importError("campaigns.json", cut);
    expect(error.line).toBe(lines.length);
    expect(error.column).toBe(lines[lines.length - 1]!.length + 1);
    expect(error.message).toBe(
      `campaigns.json:${lines.length}:${lines[lines.length - 1]!.length + 1}: Unexpected end of JSON input`,
    );
  });

  it("gives the line and column of an unexpected character in JSON", () => {
    const error = importError("campaigns.json", '{\n  "campaigns": [\n    {"name": }\n  ]\n}');
    expect(error.message).toBe("campaigns.json:3:14: Unexpected token '}'");
    expect(error).toMatchObject({ file: "campaigns.json", line: 3, column: 14 });
  });

  it("gives the line and column of a missing comma in JSON", () => {
    expect(importError("c.json", '{"a": 1\n "b": 2}').message).toBe(
      "c.json:2:2: Expected ',' or '}' after property value",
    );
  });

  it("gives the line and column where a truncated XML file ends", () => {
    const text = readFileSync(XML_FIXTURE, "utf8");
    const cut = text.slice(0, text.indexOf("<CfgPerson>"));
    const error = importError("outbound.xml", cut);
    expect(error.line).toBe(cut.split("\n").length);
    expect(error.message).toMatch(/^outbound\.xml:\d+:\d+: unclosed tag: ConfData$/);
  });

  it("gives the line and column of malformed XML", () => {
    const error = importError(
      "bad.xml",
      "<ConfData>\n  <CfgCampaign>\n  </CfgCampain>\n</ConfData>",
    );
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^bad\.xml:3:\d+: unexpected close tag/);
  });

  it("refuses the billion laughs at once, without expanding anything", () => {
    const started = performance.now();
    const error = importError(
      "billion-laughs.xml",
      readFileSync("test/fixtures/import/billion-laughs.xml"),
    );
    expect(error.message).toBe(
      "billion-laughs.xml:3:3: entity declarations are not allowed (entity expansion is disabled)",
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("refuses an external entity too", () => {
    const error = importError(
      "xxe.xml",
      '<!DOCTYPE ConfData [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><ConfData>&xxe;</ConfData>',
    );
    expect(error.reason).toBe("entity declarations are not allowed (entity expansion is disabled)");
  });

  it("refuses a binary file", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(importError("logo.png", png).message).toBe(
      "logo.png: not a text file (expected a JSON or XML configuration export in UTF-8 or UTF-16)",
    );
  });

  it("refuses a NUL character deep in a large file where it is, JSON and XML alike", () => {
    const padding = " ".repeat(100_000);
    const json = importError(
      "deep.json",
      `{${padding}\n"__metadata__": {"formatName": "JSON\u0000"}}`,
    );
    expect(json.line).toBe(2);
    expect(json.reason).toMatch(/control character|Bad control/i);
    const xml = importError(
      "deep.xml",
      `<ConfData>${padding}\n<CfgTenant>\u0000</CfgTenant></ConfData>`,
    );
    expect(xml.line).toBe(2);
  });

  it("refuses bytes that are not valid UTF-8 (a Latin-1 file)", () => {
    const latin1 = Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]);
    expect(importError("latin1.json", latin1).reason).toMatch(/^not a text file/);
  });

  it.each([
    ["an empty string", ""],
    ["white space only", "  \n\t\r\n"],
    ["a byte order mark only", "\ufeff"],
    ["no bytes", new Uint8Array()],
  ])("says the file is empty for %s", (_, content) => {
    expect(importError("empty.json", content).message).toBe("empty.json: the file is empty");
  });

  it("says what was expected of JSON that is not a mutagen export", () => {
    const message =
      'x.json: not a configuration export: expected a mutagen export (a JSON object with "__metadata__": ' +
      '{"formatName": "JSON", "COMPACT_JSON" or "RAW"}), Configuration Server XML (<ConfData> with <CfgCampaign>, ...) ' +
      'or PSDK objects as JSON ({"$class": "CfgCampaign", ...}, or an answer {"status", "data"})';
    expect(importError("x.json", '{"campaigns": []}').message).toBe(message);
    expect(importError("x.json", "[1, 2, 3]").message).toBe(message);
    expect(importError("x.json", '{"__metadata__": "JSON"}').message).toBe(message);
  });

  it("names an unsupported mutagen format", () => {
    expect(importError("x.json", '{"__metadata__": {"formatName": "YAML"}}').message).toBe(
      'x.json: __metadata__.formatName: unsupported mutagen format "YAML": expected "JSON", "COMPACT_JSON" or "RAW"',
    );
  });

  it("says the mutagen format name is missing", () => {
    expect(importError("x.json", '{"__metadata__": {"formatVersion": "1.0.0"}}').message).toBe(
      'x.json: __metadata__.formatName: no mutagen format name: expected "JSON", "COMPACT_JSON" or "RAW"',
    );
  });

  it("refuses text that is neither JSON nor XML", () => {
    expect(importError("notes.txt", "campaign=Sales").reason).toMatch(
      /^not a configuration file: expected a mutagen export/,
    );
  });

  it("gives the path of a campaign group whose group type is unknown", () => {
    const groups = [0, 1, 2, 3].map((i) => ({
      name: `g${i}`,
      campaign: { name: "Sales", tenant: "Environment" },
      group: { name: "Team A", groupType: i === 3 ? "team" : "agentgroup" },
    }));
    const error = importError("campaignGroups-x.json", mutagen({ campaignGroups: groups }));
    expect(error.message).toBe(
      'campaignGroups-x.json: campaignGroups[3].group.groupType: expected agentgroup or placegroup, got "team"',
    );
    expect(error.path).toBe("campaignGroups[3].group.groupType");
  });

  it("gives the path of a value of the wrong type, and counts the other problems", () => {
    const error = importError(
      "campaigns.json",
      mutagen({
        campaigns: [
          { name: "Sales", callingLists: [{ callingList: "Leads", share: "ten" }] },
          { name: 42 },
        ],
      }),
    );
    expect(error.message).toBe(
      'campaigns.json: campaigns[0].callingLists[0].share: expected a number, got "ten" (and 1 more problem)',
    );
  });

  it("lists the accepted dial modes in mutagen's spelling", () => {
    const error = importError(
      "cg.json",
      mutagen({ campaignGroups: [{ name: "g", campaign: { name: "c" }, dialMode: "fast" }] }),
    );
    expect(error.reason).toBe(
      "expected one of dmnodialmode, dmpredict, dmprogress, dmpreview, dmprogressandseize, " +
        "dmpredictandseize, dmpower, dmpowerandseize, dmpushpreview, dmprogressgvp, dmpredictgvp, " +
        'dmpowergvp, got "fast"',
    );
  });

  it("says a missing required reference is missing", () => {
    expect(importError("cg.json", mutagen({ campaignGroups: [{ name: "g" }] })).message).toBe(
      "cg.json: campaignGroups[0].campaign: expected an object, got nothing",
    );
  });

  it("refuses a modelled section that is not a list", () => {
    expect(importError("c.json", mutagen({ campaigns: { name: "Sales" } })).message).toBe(
      "c.json: campaigns: expected a list, got an object",
    );
  });

  it("gives the path of a bad value in a mutagen RAW export", () => {
    const raw = JSON.stringify({
      __metadata__: { formatName: "RAW" },
      CFGAgentGroup: [{ CfgGroup: { DBID: 1, name: "A" }, agentDBIDs: { DBID: [1, "two"] } }],
    });
    expect(importError("raw.json", raw).message).toBe(
      'raw.json: CFGAgentGroup[0].agentDBIDs[1]: expected an integer, got "two"',
    );
  });
});
