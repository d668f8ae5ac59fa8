import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ConfigModel } from "../../../src/model/config/ConfigModel";
import { toFindingsCsv } from "../../../src/model/findings/toFindingsCsv";
import { toFindingsJson } from "../../../src/model/findings/toFindingsJson";
import { toSarif } from "../../../src/model/findings/toSarif";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { redactSecrets } from "../../../src/model/import/redactSecrets";
import { scanKeptValue, withoutSecrets } from "../../../src/model/import/withoutSecrets";
import { loadConfig } from "../../../src/model/loadConfig";
import { RULES } from "../../../src/model/rules/ruleRegistry";
import { runRules } from "../../../src/model/rules/runRules";
import { runCheck } from "../../../src/node/cli/check";
import { runDiff } from "../../../src/node/cli/diff";
import { runTree } from "../../../src/node/cli/tree";
import { buildReportHtml } from "../../../src/ui/review/report/buildReportHtml";
import { memoryIo } from "../../node/cli/memoryIo";

const XML = "test/fixtures/import/sensitive/persons.xml";
const RAW = "test/fixtures/import/sensitive/persons-raw.json";
const MUTAGEN_PERSONS = "../shared/samples/mutagen/export-json/persons-config.json";
const MUTAGEN_TENANTS = "../shared/samples/mutagen/export-json/tenants-config.json";

/** Everything the model holds, Maps and Sets included, as text to search. */
function modelText(model: ConfigModel): string {
  return JSON.stringify(model, (_key, value: unknown) =>
    value instanceof Map ? [...value] : value instanceof Set ? [...value] : value,
  );
}

function load(path: string): ConfigModel {
  return loadConfig([{ path, content: readFileSync(path) }]);
}

const SECRET_VALUE = /S3cr3t/;
const SECRET_FIELD = /password|secret|token/i;

describe("secrets are never kept", () => {
  it.each([XML, RAW])("drops passwords and secret user properties from %s at import", (path) => {
    const model = load(path);
    const text = modelText(model);
    expect(text).not.toMatch(SECRET_VALUE);
    expect(text).not.toMatch(SECRET_FIELD);
    const person = model.byKind.person[0]!;
    expect(person.name).toBe("ana.silva");
    // What is not secret is still kept.
    expect(text).toContain("dark");
  });

  it.each([MUTAGEN_PERSONS, MUTAGEN_TENANTS])(
    "drops password, passwordHashAlgorithm and changePasswordOnNextLogin from mutagen's %s",
    (path) => {
      const model = load(path);
      const text = modelText(model);
      expect(text).not.toMatch(/password/i);
      const object = [...model.objects.values()].find((o) => !o.implicit)!;
      expect(Object.keys(object.extra).length).toBeGreaterThan(0);
    },
  );

  it("keeps secrets out of findings exports, SARIF and the HTML report", () => {
    const model = load(XML);
    const findings = runRules(model);
    const hierarchy = buildHierarchy(model);
    const outputs = [
      toFindingsCsv(findings),
      toFindingsJson(model.files, findings),
      toSarif(findings, RULES, { toolVersion: "test" }),
      buildReportHtml({
        sources: [XML],
        model,
        findings,
        hierarchy,
        ruleOf: (id) => RULES.find((rule) => rule.id === id),
        comparison: null,
        generatedAt: new Date(0),
      }),
    ];
    for (const output of outputs) expect(output).not.toMatch(SECRET_VALUE);
  });

  it("keeps secrets out of tree and check, in every output format", async () => {
    for (const args of [[XML], [RAW, "--format", "json"]]) {
      const tree = memoryIo();
      expect(await runTree(args, tree.io)).toBe(0);
      expect(tree.out.stdout).not.toMatch(SECRET_VALUE);
      for (const format of ["text", "json", "sarif"]) {
        const check = memoryIo();
        await runCheck([args[0]!, "--format", format], check.io);
        expect(check.out.stdout + check.out.stderr).not.toMatch(SECRET_VALUE);
      }
    }
  });

  it("sees no change when only a password changed, and diff never prints one", async () => {
    const { io, out } = memoryIo(
      readFileSync(XML, "utf8").replace("S3cr3t-hunter2", "S3cr3t-changed"),
    );
    const code = await runDiff([XML, "--", "-"], io);
    expect(out.stdout + out.stderr).not.toMatch(SECRET_VALUE);
    expect(code).toBe(0);
  });
});

describe("withoutSecrets", () => {
  it("returns a value that holds no secret as it is, without a copy", () => {
    const value = { userProperties: { section: { theme: "dark" } }, list: [1, 2] };
    expect(withoutSecrets(value)).toBe(value);
  });

  it("drops secret fields and key-value pairs at any depth", () => {
    const value = {
      section: {
        apiToken: "x",
        keep: 1,
        pairs: [{ key: "db_password", value: "y" }, { key: "a" }],
      },
    };
    expect(JSON.parse(JSON.stringify(withoutSecrets(value)))).toEqual({
      section: { keep: 1, pairs: [{ key: "a" }] },
    });
  });
});

describe("redactSecrets", () => {
  it("cuts secret elements out of XML and keeps the rest byte for byte", () => {
    const text = redactSecrets(XML, readFileSync(XML));
    expect(text).not.toMatch(SECRET_VALUE);
    expect(text).toContain('<str_pair key="theme" value="dark"/>');
    expect(loadConfig([{ path: XML, content: text }]).byKind.person).toHaveLength(1);
  });

  it("rewrites JSON without secret fields, still readable as the same export", () => {
    const text = redactSecrets(RAW, readFileSync(RAW));
    expect(text).not.toMatch(SECRET_VALUE);
    expect(text).not.toMatch(SECRET_FIELD);
    expect(loadConfig([{ path: RAW, content: text }]).files[0]!.format).toBe("mutagen-raw");
  });
});

describe("scanKeptValue", () => {
  it("tells in one walk whether a kept value is plain, holds a secret, or nests too deep", () => {
    expect(scanKeptValue({ section: { number: 1, list: [1, 2] } }, 100)).toBe("plain");
    expect(scanKeptValue({ section: { dbPassword: "x" } }, 100)).toBe("secret");
    expect(scanKeptValue([{ key: "api_token", value: "x" }], 100)).toBe("secret");
    let deep: unknown = 1;
    for (let i = 0; i < 101; i += 1) deep = [deep];
    expect(scanKeptValue(deep, 100)).toBe("too deep");
    expect(scanKeptValue({ a: { password: "x" }, b: deep }, 100)).toBe("too deep");
  });
});
