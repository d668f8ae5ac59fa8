import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../../src/node/cli/check";
import { applyBaseline } from "../../../src/model/findings/applyBaseline";
import type { Finding } from "../../../src/model/findings/Finding";
import { memoryIo } from "./memoryIo";

const SAMPLE = resolve(__dirname, "../../../public/samples/contact-centre-mistakes.json");
type Export = Record<string, Record<string, unknown>[]>;

function folder() {
  const dir = mkdtempSync(join(tmpdir(), "lens-baseline-"));
  const site = join(dir, "site.json");
  writeFileSync(site, readFileSync(SAMPLE));
  return { dir, site, baseline: join(dir, "baseline.json") };
}

async function check(argv: string[]) {
  const { io, out } = memoryIo();
  const code = await runCheck(argv, io);
  return { code, ...out };
}

function edit(path: string, change: (data: Export) => void): void {
  const data = JSON.parse(readFileSync(path, "utf8")) as Export;
  change(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

describe("check --write-baseline / --baseline", () => {
  it("records today's findings, exit 0, then reports none of them and passes", async () => {
    const { site, baseline } = folder();
    const written = await check(["--write-baseline", baseline, site]);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain("error group-name-mismatch (6)");
    expect(written.stderr).toBe(`check: recorded 35 findings in ${baseline}\n`);
    const recorded = JSON.parse(readFileSync(baseline, "utf8")) as { findings: object[] };
    expect(recorded.findings).toHaveLength(35);
    expect(recorded.findings).toContainEqual({
      rule: "group-name-mismatch",
      kind: "campaignGroup",
      tenant: "Environment",
      name: "Prospection_Q2@Team_Glasgow",
    });

    const again = await check(["--baseline", baseline, site]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("No findings: 0 errors, 0 warnings, 0 info in 1 file");
    expect(again.stdout).toContain(
      `Baseline ${baseline}: 35 known findings not reported, none of its entries fixed`,
    );
  });

  it("matches by rule and object, not by place: objects moved around the file stay known", async () => {
    const { site, baseline } = folder();
    await check(["--write-baseline", baseline, site]);
    edit(site, (data) => {
      for (const list of Object.values(data)) if (Array.isArray(list)) list.reverse();
    });
    const moved = await check(["--baseline", baseline, "--format", "json", site]);
    expect(moved.code).toBe(0);
    expect((JSON.parse(moved.stdout) as { findings: unknown[] }).findings).toEqual([]);
    expect(moved.stderr).toBe(
      `check: Baseline ${baseline}: 35 known findings not reported, none of its entries fixed\n`,
    );
  });

  it("reports and fails on a finding not in the baseline, and counts the entries fixed since", async () => {
    const { site, baseline } = folder();
    await check(["--write-baseline", baseline, site]);
    edit(site, (data) => {
      const groups = data.campaignGroups!;
      // A new misnamed group, and the old misnamed Prospection_Q2@Team_Glasgow removed.
      groups.push({
        ...groups.find((g) => g.name === "Prospection_Q2@Team_Glasgow")!,
        name: "Fresh@Mistake",
      });
      data.campaignGroups = groups.filter((g) => g.name !== "Prospection_Q2@Team_Glasgow");
    });
    const { code, stdout } = await check(["--baseline", baseline, site]);
    expect(code).toBe(1);
    expect(stdout).toContain("error group-name-mismatch (1)");
    expect(stdout).toContain("  Fresh@Mistake  ");
    expect(stdout).not.toContain("  Prospection_Q2@Team_Glasgow  ");
    expect(stdout).toMatch(
      /Baseline .*: \d+ known findings not reported, [1-9]\d* entr(y|ies) now fixed/,
    );
  });

  it("a file that is not a baseline is exit 2 naming it and the JSON path", async () => {
    const { dir, site } = folder();
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ tool: "campaign-lens", baselineVersion: 1, findings: [{ rule: 1 }] }),
    );
    const { code, stderr } = await check(["--baseline", bad, site]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `^check: ${bad.replaceAll("/", "\\/")}: findings\\[0\\]\\.rule: expected string, got `,
      ),
    );
    const both = await check(["--baseline", bad, "--write-baseline", bad, site]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--baseline and --write-baseline cannot be used together");
  });
});

describe("applyBaseline", () => {
  const finding = (name: string): Finding => ({
    rule: "duplicate-name",
    severity: "error",
    kind: "agentGroup",
    tenant: "T",
    name,
    statId: null,
    message: "",
    suggestion: null,
    file: "a.json",
    location: "agentGroups[0]",
    object: null,
  });

  it("lets one baseline entry account for one finding, so a new duplicate is still reported", () => {
    const entry = { rule: "duplicate-name", kind: "agentGroup", tenant: "T", name: "Sales" };
    const outcome = applyBaseline([finding("Sales"), finding("Sales")], [entry]);
    expect(outcome.known).toBe(1);
    expect(outcome.fresh).toHaveLength(1);
    expect(outcome.fixed).toEqual([]);
    expect(applyBaseline([], [entry]).fixed).toEqual([entry]);
  });
});
