import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { toFindingsJson } from "../../../src/model/findings/toFindingsJson";
import { toSarif } from "../../../src/model/findings/toSarif";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { analyseInputs } from "../../../src/model/pipeline/analyseInputs";
import { RULES } from "../../../src/model/rules/ruleRegistry";
import { runCheck } from "../../../src/node/cli/check";
import { sarifPlacement } from "../../../src/node/cli/sarifPlacement";
import { toolHomepage } from "../../../src/node/cli/toolHomepage";
import { TOOL_VERSION } from "../../../src/node/cli/toolVersion";
import { expectValidSarif } from "../../model/findings/expectValidSarif";
import { memoryIo } from "./memoryIo";
import { mutagenSample, spawnCli } from "./spawnCli";

const ESC = String.fromCharCode(27);
const CAMPAIGN_GROUPS = mutagenSample("campaignGroups-config.json");

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "lens-check-")), name);
  writeFileSync(path, content);
  return path;
}

async function check(argv: string[], stdin = "", colour = false) {
  const { io, out } = memoryIo(stdin, colour);
  const code = await runCheck(argv, io);
  return { code, ...out };
}

describe("npm run check (spawned)", () => {
  it("flags cfgObjectTest in mutagen's campaignGroups sample, suggesting campaignGroupCampaign@campaignGroupAgentGroup, exit 1", async () => {
    const { code, stdout, stderr } = await spawnCli("check", [CAMPAIGN_GROUPS]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines).toContain("error group-name-mismatch (1)");
    const at = lines.findIndex((l) => l.startsWith("  cfgObjectTest  "));
    expect(lines[at]).toBe(
      `  cfgObjectTest  tenant Environment, ${CAMPAIGN_GROUPS}, campaignGroups[0]`,
    );
    expect(lines[at + 2]).toBe("    → campaignGroupCampaign@campaignGroupAgentGroup");
    expect(lines.at(-2)).toBe("1 error, 2 warnings, 0 info in 1 file");
    expect(stdout).not.toContain("\u001b[");
  });

  it("prints the issue's JSON shape with --format json", async () => {
    const { code, stdout } = await spawnCli("check", ["--format", "json", CAMPAIGN_GROUPS]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      files: { path: string; format: string }[];
      findings: { rule: string; name: string; suggestion: string | null }[];
      summary: Record<string, number>;
    };
    expect(report.files[0]).toMatchObject({ path: CAMPAIGN_GROUPS, format: "mutagen-json" });
    expect(report.findings[0]).toMatchObject({
      rule: "group-name-mismatch",
      name: "cfgObjectTest",
      suggestion: "campaignGroupCampaign@campaignGroupAgentGroup",
    });
    expect(report.summary).toEqual({ error: 1, warning: 2, info: 0 });
  });

  it("reads standard input for -, and a truncated JSON export is exit 2 with line:column on stderr", async () => {
    const text = readFileSync(resolve(__dirname, "../../..", CAMPAIGN_GROUPS), "utf8");
    const { code, stdout, stderr } = await spawnCli("check", ["-"], text.slice(0, 200));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^check: -:\d+:\d+: .+\n$/);
  });

  it("an unknown flag is a usage error, exit 2, with the usage on stderr", async () => {
    const { code, stdout, stderr } = await spawnCli("check", ["--colour", CAMPAIGN_GROUPS]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("check: Unknown option '--colour'");
    expect(stderr).toContain("usage: campaign-lens check <file...>");
  });
});

describe("check (in process)", () => {
  it("exits 0 with --fail-on never, and 0 when the only error rule is turned off", async () => {
    expect((await check(["--fail-on", "never", CAMPAIGN_GROUPS])).code).toBe(0);
    const off = await check(["--rule", "group-name-mismatch=off", CAMPAIGN_GROUPS]);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain("group-name-mismatch");
    expect(off.stdout).toContain("0 errors, 2 warnings, 0 info in 1 file");
  });

  it("exits 1 on warnings with --fail-on warning, and re-grades a rule with --rule", async () => {
    const quiet = ["--rule", "group-name-mismatch=off"];
    expect((await check([...quiet, "--fail-on", "warning", CAMPAIGN_GROUPS])).code).toBe(1);
    const regraded = await check([
      "--rule",
      "empty-group=error",
      "--rule",
      "campaign-without-calling-lists=info",
      "--format",
      "json",
      ...quiet,
      CAMPAIGN_GROUPS,
    ]);
    expect(JSON.parse(regraded.stdout).summary).toEqual({ error: 1, warning: 0, info: 1 });
    expect(regraded.code).toBe(1);
  });

  it("refuses an unknown rule id, a bad level and a bad format with exit 2", async () => {
    const unknown = await check(["--rule", "no-such-rule=off", CAMPAIGN_GROUPS]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^check: --rule: unknown rule "no-such-rule"\n/);
    const level = await check(["--rule", "empty-group=fatal", CAMPAIGN_GROUPS]);
    expect(level.stderr).toMatch(
      /^check: --rule empty-group must be one of error, warning, info, off, got "fatal"/,
    );
    const format = await check(["--format", "xml", CAMPAIGN_GROUPS]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/^check: --format must be one of text, json, sarif, got "xml"/);
    expect((await check([])).stderr).toMatch(/^check: no input file given/);
  });

  it("says which file cannot be read, exit 2", async () => {
    const { code, stderr } = await check(["does/not/exist.json"]);
    expect(code).toBe(2);
    expect(stderr).toBe("check: does/not/exist.json: cannot read: no such file\n");
  });

  it("reports truncated XML and a binary file with the file's name, exit 2", async () => {
    const xml = tempFile(
      "cut.xml",
      '<?xml version="1.0"?>\n<ConfData>\n  <CfgCampaign>\n    <name value="Sa',
    );
    const truncated = await check([xml]);
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(
      new RegExp(`^check: ${xml.replaceAll("\\", "\\\\")}:\\d+:\\d+: `),
    );
    const binary = tempFile("blob.json", new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3]));
    const bad = await check([binary]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`check: ${binary}`);
  });

  it.each([
    ["an empty file", "empty.json", ""],
    ["JSON that is not a configuration", "list.json", '[{"name": "Sales"}]'],
    [
      "XML with an internal entity expansion attack",
      "lol.xml",
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<ConfData><CfgCampaign><name value="&lol2;"/></CfgCampaign></ConfData>\n',
    ],
    [
      "a wrong type in a known field",
      "types.json",
      '{"__metadata__": {"formatName": "JSON"}, "campaigns": [{"name": 42, "tenant": "Environment"}]}',
    ],
  ])(
    "refuses %s with exit 2 and the file's name on stderr, printing nothing",
    async (_, name, content) => {
      const file = tempFile(name, content);
      const { code, stdout, stderr } = await check([file]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(new RegExp(`^check: ${file.replaceAll("\\", "\\\\")}[:]`));
    },
  );

  it("writes a valid SARIF log without the rules turned off", async () => {
    const { code, stdout } = await check([
      "--format",
      "sarif",
      "--rule",
      "empty-group=off",
      CAMPAIGN_GROUPS,
    ]);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe("2.1.0");
    const ids = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain("group-name-mismatch");
    expect(ids).not.toContain("empty-group");
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "group-name-mismatch",
      "campaign-without-calling-lists",
    ]);
  });

  it("colours severities only when told it writes to a terminal", async () => {
    const plain = await check([CAMPAIGN_GROUPS], "", false);
    const coloured = await check([CAMPAIGN_GROUPS], "", true);
    expect(plain.stdout).not.toContain("\u001b[");
    expect(coloured.stdout).toContain("\u001b[31m");
    expect(coloured.stdout.replace(new RegExp(`${ESC}\\[\\d+m`, "g"), "")).toBe(plain.stdout);
  });

  it("shows an invisible or control character in a name as an escape, never raw", async () => {
    const file = tempFile(
      "evil.json",
      JSON.stringify({
        __metadata__: { formatName: "JSON" },
        campaigns: [{ name: "Sales\u001b[2J\u200B", tenant: "Environment" }],
      }),
    );
    const { stdout } = await check([file]);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).not.toContain("\u200B");
    expect(stdout).toContain("  Sales\\u{1B}[2J\\u{200B}  ");
  });

  it("writes its JSON and SARIF reports in parts, each the text of the whole report stringified", async () => {
    const generated = JSON.parse(generateConfig({ objects: 3000, seed: 5, defects: 0.2 }).text);
    generated.campaigns.push({ name: "Sales\u001b[2J\u200B", tenant: "Environment" });
    const file = tempFile("generated.json", JSON.stringify(generated, null, 2));
    const input = { path: file, content: readFileSync(file) };
    const { model, findings } = analyseInputs([input], { pivot: null, settings: {} });
    const whole = {
      json: toFindingsJson(model.files, findings),
      sarif: toSarif(findings, RULES, {
        toolVersion: TOOL_VERSION,
        informationUri: toolHomepage(),
        ...sarifPlacement([input], findings, "."),
      }),
    };
    for (const format of ["json", "sarif"] as const) {
      const { io, out } = memoryIo();
      const parts: string[] = [];
      const counting = {
        ...io,
        stdoutPaced: (text: string) => Promise.resolve(parts.push(text) > 0),
      };
      expect(await runCheck(["--format", format, file], counting)).toBe(1);
      expect(out.stderr).toBe("");
      const text = parts.join("");
      expect(text).toBe(whole[format]);
      expect(text).toContain('"Sales\\u001b[2J\u200B"');
      expect(parts.length).toBeGreaterThan(2);
      expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(text.length / 2);
    }
    expect(expectValidSarif(whole.sarif).runs[0]!.results.length).toBe(findings.length);
  });

  it("merges several files into one model", async () => {
    const { code, stdout } = await check([
      "--format",
      "json",
      mutagenSample("campaigns-config.json"),
      mutagenSample("persons-config.json"),
    ]);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([
      mutagenSample("campaigns-config.json"),
      mutagenSample("persons-config.json"),
    ]);
    expect([0, 1]).toContain(code);
  });
});
