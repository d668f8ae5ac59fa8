import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runDiff } from "../../../src/node/cli/diff";

const SAMPLES = resolve(__dirname, "../../../../shared/samples/mutagen/export-json");
const sample = (name: string) => join(SAMPLES, name);

async function diff(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runDiff(argv, {
    stdout: (t) => (stdout += t),
    stdoutPaced: (t) => Promise.resolve(Boolean((stdout += t))),
    stderr: (t) => (stderr += t),
    stdin: async function* () {},
    env: {},
    colour: false,
  });
  return { code, stdout, stderr };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "lens-diff-")), name);
  writeFileSync(path, content);
  return path;
}

describe("npm run diff", () => {
  it("names the campaign group left without a group and the removed agent group of mutagen's updated sample, exit 1", async () => {
    const { code, stdout } = await diff(
      sample("campaignGroups-config.json"),
      "--",
      sample("campaignGroups-updated-config.json"),
    );
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines).toContain(
      'changed Campaign group "cfgObjectTest" in campaign "campaignGroupCampaign"',
    );
    expect(lines).toContain('    moved: group "campaignGroupAgentGroup" -> (none)');
    expect(lines).toContain("    dialMode: Predict -> (unset)");
    expect(lines).toContain("    description: description -> a new description");
    expect(lines).toContain('removed Agent group "campaignGroupAgentGroup"');
    expect(lines[2]).toBe(
      "0 added, 1 removed, 0 renamed, 0 moved, 1 changed; findings: 1 introduced, 3 fixed",
    );
    expect(stdout).toMatch(/Findings introduced:\n {2}error {3}missing-group: /);
  });

  it("exits 0 and reports no change for one snapshot compared with itself", async () => {
    const file = sample("campaigns-config.json");
    const { code, stdout } = await diff(file, "--", file);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "0 added, 0 removed, 0 renamed, 0 moved, 0 changed; findings: 0 introduced, 0 fixed",
    );
  });

  it("writes the changes as JSON with --format json", async () => {
    const { code, stdout } = await diff(
      "--format",
      "json",
      sample("placeGroups-config.json"),
      "--",
      sample("placeGroups-updated-config.json"),
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.counts).toEqual({ added: 0, removed: 1, renamed: 0, moved: 0, changed: 1 });
    expect(report.changes[0].fields).toContainEqual({
      type: "list",
      field: "places",
      added: [],
      removed: ["placeGroupPlace2"],
    });
    expect(report.changes[1]).toMatchObject({
      type: "removed",
      kind: "place",
      name: "placeGroupPlace2",
    });
  });

  it("runs house conventions on both sides with --conventions", async () => {
    const conventions = tempFile(
      "house.json",
      JSON.stringify({ conventions: { campaign: { style: "snake_case" } } }),
    );
    const snapshot = (name: string) =>
      JSON.stringify({
        __metadata__: { formatName: "JSON", formatVersion: "1.0.0" },
        campaigns: [{ name, tenant: "Environment" }],
      });
    const before = tempFile("before.json", snapshot("sales_q1"));
    const after = tempFile("after.json", snapshot("SalesQ1"));
    const { code, stdout } = await diff("--conventions", conventions, before, "--", after);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '  warning convention/campaign: Campaign "SalesQ1" does not follow the house convention: names must be written in snake_case. (suggested: sales_q1)',
    );
  });

  it("exits 2 naming the path of a refused conventions pattern", async () => {
    const conventions = tempFile(
      "house.json",
      JSON.stringify({ conventions: { campaign: { pattern: "(a+)+" } } }),
    );
    const file = sample("campaigns-config.json");
    const { code, stderr } = await diff("--conventions", conventions, file, "--", file);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^diff: .*house\.json: conventions\.campaign\.pattern: it could take a very long time to match/,
    );
  });

  it("exits 2 on a missing file, a malformed file and a command line without --", async () => {
    const file = sample("campaigns-config.json");
    expect(await diff(file, "--", "missing.json")).toMatchObject({
      code: 2,
      stderr: "diff: missing.json: cannot read: no such file\n",
    });
    const broken = tempFile("broken.json", '{\n  "campaigns": [\n');
    const malformed = await diff(file, "--", broken);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^diff: .*broken\.json:3:1: /);
    const usage = await diff(file, file);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('separate the before and after files with "--"');
    expect((await diff("--format", "xml", file, "--", file)).stderr).toContain(
      '--format must be one of text, json, got "xml"',
    );
  });
});

describe("diff on hostile input", () => {
  const small = readFileSync(
    resolve(__dirname, "../../../public/samples/small-clean.json"),
    "utf8",
  );
  const withPerson = (change: (person: Record<string, unknown>) => void): string => {
    const data = JSON.parse(small) as { persons: Record<string, unknown>[] };
    change(data.persons[0]!);
    return JSON.stringify(data);
  };
  const nested = (depth: number): string => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

  it("refuses a field nested 100,000 levels deep with exit 2 naming it, instead of overflowing the stack", async () => {
    const before = tempFile("before.json", small);
    const text = small.replace('"employeeId"', `"deep": ${nested(100_000)}, "employeeId"`);
    const after = tempFile("after.json", text);
    const { code, stdout, stderr } = await diff(before, "--", after);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `diff: ${after}: persons[0].deep: nested more than 100 levels deep: not a configuration value\n`,
    );
  });

  it("compares a field nested 100 levels deep like any other", async () => {
    const before = tempFile(
      "before.json",
      withPerson((p) => (p.deep = JSON.parse(nested(99)))),
    );
    const after = tempFile(
      "after.json",
      withPerson((p) => (p.deep = JSON.parse(nested(100)))),
    );
    const { code, stdout } = await diff(before, "--", after);
    expect(code).toBe(1);
    expect(stdout).toContain("    extra.deep: ");
  });

  it("escapes control and invisible characters in field values", async () => {
    const before = tempFile("before.json", small);
    const after = tempFile(
      "after.json",
      withPerson((p) => (p.firstName = "A\u001b[2J\u202eB\u0007")),
    );
    const { code, stdout } = await diff(before, "--", after);
    expect(code).toBe(1);
    expect(stdout).toMatch(/firstName: .* -> A\\u\{1B\}\[2J\\u\{202E\}B\\u\{7\}\n/);
    expect([...stdout].filter((c) => c !== "\n" && /[\p{Cc}\p{Cf}]/u.test(c))).toEqual([]);
  });
});
