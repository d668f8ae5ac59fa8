import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { toolHomepage } from "../../../src/node/cli/toolHomepage";
import { spawnCli } from "./spawnCli";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "../../..");
const MULTITOOL = join(ROOT, "node_modules", ".bin", "sarif-multitool");

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLog {
  runs: {
    tool: { driver: { informationUri?: string; rules: { help?: { text: string } }[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      level?: string;
      message: { text?: string; id?: string; arguments?: string[] };
      partialFingerprints?: Record<string, string>;
      locations?: {
        physicalLocation?: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region?: Region;
        };
        logicalLocations?: { name: string; fullyQualifiedName?: string }[];
      }[];
    }[];
  }[];
}

const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as SarifLog;

/** A user's checkout: a JSON and an XML export in a folder, and one file outside it. */
function workspace() {
  const base = mkdtempSync(join(tmpdir(), "lens-sarif-"));
  const repo = join(base, "repo");
  mkdirSync(join(repo, "exports"), { recursive: true });
  copyFileSync(
    join(ROOT, "public/samples/contact-centre-mistakes.json"),
    join(repo, "exports/site a.json"),
  );
  copyFileSync(join(ROOT, "public/samples/place-groups.xml"), join(repo, "exports/site.xml"));
  copyFileSync(
    join(ROOT, "public/samples/contact-centre-mistakes.json"),
    join(base, "outside.json"),
  );
  return { base, repo };
}

describe("SARIF reports", () => {
  it("pass Microsoft's SARIF Multitool validate with no errors, for inputs given by absolute and relative path", async () => {
    const { base, repo } = workspace();
    const reports: string[] = [];
    const check = async (name: string, args: string[], cwd = repo) => {
      const output = join(base, `${name}.sarif`);
      const result = await spawnCli(
        "check",
        ["--format", "sarif", "--output", output, ...args],
        "",
        { cwd },
      );
      expect(result.stderr).toBe("");
      expect(result.code).toBe(1);
      reports.push(output);
      return read(output);
    };
    await check("relative", ["exports/site a.json", "exports/site.xml"]);
    await check("absolute", [join(repo, "exports/site a.json"), join(base, "outside.json")]);
    await check("srcroot", ["--srcroot", repo, "site a.json", "site.xml"], join(repo, "exports"));
    const stdin = join(base, "stdin.sarif");
    const piped = await spawnCli(
      "check",
      ["--format", "sarif", "--output", stdin, "-"],
      readFileSync(join(repo, "exports/site.xml")),
      { cwd: repo },
    );
    expect(piped.code).toBe(1);
    reports.push(stdin);

    const verdict = join(base, "validation.sarif");
    // The Multitool exits 1 when it reports an error; its log says which.
    await run(MULTITOOL, ["validate", ...reports, "--output", verdict], { cwd: base }).catch(
      () => undefined,
    );
    const problems = read(verdict).runs.flatMap((r) => r.results);
    expect(problems.filter((p) => p.level === "error")).toEqual([]);
    // Nothing else either, but for the guideline (not the schema) asking for the optional
    // informationUri: no web page describes the package, and a path on this machine is not one
    // a reader of the report can open, so each report leaves the property out.
    const noHomepage = toolHomepage() === undefined;
    expect(problems.map((p) => `${p.ruleId} ${p.message.id}`)).toEqual(
      noHomepage ? reports.map(() => "SARIF2005 Warning_ProvideToolnformationUri") : [],
    );
  }, 120_000);

  it("gives absolute inputs inside the source root relative to %SRCROOT%, others as file: URIs", async () => {
    const { base, repo } = workspace();
    const output = join(base, "a.sarif");
    await spawnCli(
      "check",
      [
        "--format",
        "sarif",
        "--output",
        output,
        join(repo, "exports/site a.json"),
        join(base, "outside.json"),
      ],
      "",
      { cwd: repo },
    );
    const log = read(output).runs[0]!;
    expect(log.originalUriBaseIds).toEqual({
      "%SRCROOT%": { uri: `${pathToFileURL(repo).href}/` },
    });
    const uris = new Set(
      log.results.map((r) => JSON.stringify(r.locations![0]!.physicalLocation!.artifactLocation)),
    );
    expect([...uris].sort()).toEqual(
      [
        JSON.stringify({ uri: "exports/site%20a.json", uriBaseId: "%SRCROOT%" }),
        JSON.stringify({ uri: pathToFileURL(join(base, "outside.json")).href }),
      ].sort(),
    );
  });

  it("places each finding in a JSON file at the object's first and last line, and names the tool's home and each rule's help", async () => {
    const { base, repo } = workspace();
    const output = join(base, "r.sarif");
    await spawnCli("check", ["--format", "sarif", "--output", output, "exports/site a.json"], "", {
      cwd: repo,
    });
    const lines = readFileSync(join(repo, "exports/site a.json"), "utf8").split("\n");
    const log = read(output).runs[0]!;
    // The tool's home is a web page from package.json, never a path on the machine that made
    // the report; package.json names none, so the optional property is left out.
    expect(toolHomepage()).toBeUndefined();
    expect(log.tool.driver).not.toHaveProperty("informationUri");
    for (const rule of log.tool.driver.rules) expect(rule.help?.text).toBeTruthy();
    expect(log.results.length).toBeGreaterThan(5);
    for (const result of log.results) {
      const { region } = result.locations![0]!.physicalLocation!;
      expect(region).toBeDefined();
      expect(lines[region!.startLine - 1]![region!.startColumn - 1]).toBe("{");
      expect(lines[region!.endLine - 1]![region!.endColumn - 2]).toBe("}");
      // A composed CampaignCallingList (`campaign@list`) is found at its campaign's entry.
      const name = result.locations![0]!.logicalLocations![0]!.name;
      const object = lines.slice(region!.startLine - 1, region!.endLine).join("\n");
      expect([name, name.split("@")[0]].some((n) => object.includes(JSON.stringify(n)))).toBe(true);
    }
  });

  it("keeps partialFingerprints across runs and when objects move within the file", async () => {
    const { base, repo } = workspace();
    const source = JSON.parse(readFileSync(join(repo, "exports/site a.json"), "utf8")) as Record<
      string,
      unknown[]
    >;
    const fingerprints = async (name: string) => {
      const output = join(base, `${name}.sarif`);
      await spawnCli(
        "check",
        ["--format", "sarif", "--output", output, "exports/site a.json"],
        "",
        {
          cwd: repo,
        },
      );
      return read(output)
        .runs[0]!.results.map((r) => JSON.stringify(r.partialFingerprints))
        .sort();
    };
    const first = await fingerprints("first");
    expect(await fingerprints("second")).toEqual(first);
    for (const list of Object.values(source)) if (Array.isArray(list)) list.reverse();
    writeFileSync(join(repo, "exports/site a.json"), JSON.stringify(source, null, 4));
    expect(await fingerprints("moved")).toEqual(first);
  });
});
