import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../../src/node/cli/check";
import { memoryIo } from "./memoryIo";

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "lens-conventions-")), name);
  writeFileSync(path, content);
  return path;
}

const config = tempFile(
  "config.json",
  JSON.stringify({
    __metadata__: { formatName: "JSON", formatVersion: "1.0.0" },
    campaigns: [
      {
        name: "Europe_Loans_Q3",
        tenant: "Environment",
        callingLists: [{ callingList: "paris north", isActive: true, share: 10 }],
      },
    ],
  }),
);

describe("npm run check -- --conventions", () => {
  it("reports convention/callingList with the suggested name, in JSON", async () => {
    const conventions = tempFile(
      "house.json",
      JSON.stringify({
        conventions: { callingList: { prefix: "CL_", style: "UPPER_SNAKE", severity: "error" } },
      }),
    );
    const { io, out } = memoryIo();
    const code = await runCheck(
      ["--conventions", conventions, "--format", "json", "--fail-on", "never", config],
      io,
    );
    expect(code).toBe(0);
    const report = JSON.parse(out.stdout);
    const found = report.findings.filter(
      (f: { rule: string }) => f.rule === "convention/callingList",
    );
    expect(found).toEqual([
      expect.objectContaining({
        name: "paris north",
        severity: "error",
        suggestion: "CL_PARIS_NORTH",
      }),
    ]);
  });

  it("re-grades a convention rule with --rule convention/<kind>=<level>", async () => {
    const conventions = tempFile(
      "house.json",
      JSON.stringify({ conventions: { callingList: { prefix: "CL_", severity: "error" } } }),
    );
    const regrade = async (level: string) => {
      const { io, out } = memoryIo();
      const code = await runCheck(
        [
          "--conventions",
          conventions,
          "--rule",
          `convention/callingList=${level}`,
          "--format",
          "json",
          config,
        ],
        io,
      );
      const rules = JSON.parse(out.stdout).findings.map((f: { rule: string; severity: string }) => [
        f.rule,
        f.severity,
      ]);
      return { code, rules };
    };
    expect(await regrade("info")).toMatchObject({
      code: 0,
      rules: expect.arrayContaining([["convention/callingList", "info"]]),
    });
    const off = await regrade("off");
    expect(off.rules.filter(([rule]: string[]) => rule === "convention/callingList")).toEqual([]);
  });

  it("still refuses --rule for a convention of a kind that does not exist", async () => {
    const { io, out } = memoryIo();
    expect(await runCheck(["--rule", "convention/team=off", config], io)).toBe(2);
    expect(out.stderr).toContain('unknown rule "convention/team"');
  });

  it("lists the convention rule in SARIF with its own explanation", async () => {
    const conventions = tempFile(
      "house.json",
      JSON.stringify({ conventions: { campaign: { style: "snake_case", message: "lower case" } } }),
    );
    const { io, out } = memoryIo();
    await runCheck(["--conventions", conventions, "--format", "sarif", config], io);
    const sarif = JSON.parse(out.stdout);
    const rule = sarif.runs[0].tool.driver.rules.find(
      (r: { id: string }) => r.id === "convention/campaign",
    );
    expect(rule).toBeDefined();
    expect(JSON.stringify(rule)).toContain("house naming convention");
  });

  it("exits 2 naming the JSON path of an invalid pattern", async () => {
    const conventions = tempFile(
      "house.json",
      JSON.stringify({ conventions: { campaign: { pattern: "([a-z]+)*" } } }),
    );
    const { io, out } = memoryIo();
    expect(await runCheck(["--conventions", conventions, config], io)).toBe(2);
    expect(out.stderr).toMatch(
      /^check: .*house\.json: conventions\.campaign\.pattern: it could take a very long time to match/,
    );
  });

  it("exits 2 for a conventions file that does not exist", async () => {
    const { io, out } = memoryIo();
    expect(await runCheck(["--conventions", "nowhere.json", config], io)).toBe(2);
    expect(out.stderr).toBe("check: nowhere.json: cannot read: no such file\n");
  });
});
