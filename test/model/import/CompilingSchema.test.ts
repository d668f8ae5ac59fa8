import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { CompilingSchema } from "../../../src/model/import/CompilingSchema";
import { importConfig } from "../../../src/model/import/importConfig";
import { MUTAGEN_JSON_CHECKS } from "../../../src/model/import/mutagenJsonSchemas";
import { RAW_CHECKS, RAW_USUAL_CHECKS, XML_CHECKS } from "../../../src/model/import/psdkSchemas";

const person = z.object({
  userName: z.string(),
  state: z.enum(["enabled", "disabled"]).nullish(),
  agents: z.array(z.string()).nullish(),
});

/** Whether zod generated a checker for the schema (what `z.compile` adds). */
const isCompiled = (schema: z.ZodType): boolean =>
  typeof (schema._zod.bag as { validator?: unknown }).validator === "function";

/** The schema `checks` gives once it has checked enough objects to be compiled. */
function afterUse(checks: CompilingSchema<z.ZodType>, uses = 2_001): z.ZodType {
  let schema = checks.next();
  for (let i = 1; i < uses; i++) schema = checks.next();
  return schema;
}

const SAMPLE = resolve("../shared/samples/mutagen/export-json/compact_configuration.json");

describe("CompilingSchema", () => {
  let jitless: boolean | undefined;
  beforeEach(() => {
    jitless = z.config().jitless;
  });
  afterEach(() => {
    z.config({ jitless });
    vi.resetModules();
  });

  it("checks with the schema as it is until it has checked enough objects, then compiled", () => {
    const checks = new CompilingSchema(person, 3);
    expect([1, 2, 3].map(() => checks.next())).toEqual([person, person, person]);
    const compiled = checks.next();
    expect(compiled).not.toBe(person);
    expect(isCompiled(compiled)).toBe(true);
    expect(isCompiled(person)).toBe(false);
    expect(checks.next()).toBe(compiled);
  });

  it("compiles at once when told that more objects than its threshold are coming, not for fewer", () => {
    const few = new CompilingSchema(person, 3);
    few.expect(3);
    expect(few.next()).toBe(person);
    const many = new CompilingSchema(person, 3);
    many.expect(4);
    const compiled = many.next();
    expect(isCompiled(compiled)).toBe(true);
    expect(many.next()).toBe(compiled);
  });

  it("is never compiled on being told of a list where zod may not generate code", () => {
    z.config({ jitless: true });
    const checks = new CompilingSchema(person, 3);
    checks.expect(100);
    expect(checks.next()).toBe(person);
  });

  it("compiled, gives the same output, unknown keys dropped alike", () => {
    const compiled = new CompilingSchema(person, 0).next();
    const raw = { userName: "ann", state: "enabled", agents: ["a", "b"], extra: 1 };
    expect(compiled.parse(raw)).toEqual(person.parse(raw));
    expect(compiled.parse(raw)).toEqual({ userName: "ann", state: "enabled", agents: ["a", "b"] });
  });

  it("compiled, refuses what the schema refuses, with the same issue and path", () => {
    const compiled = new CompilingSchema(person, 0).next();
    const raw = { userName: "ann", agents: ["a", 7] };
    const expected = person.safeParse(raw);
    const actual = compiled.safeParse(raw);
    expect(actual.success).toBe(false);
    expect(actual.error?.issues).toEqual(expected.error?.issues);
    expect(actual.error?.issues[0]?.path).toEqual(["agents", 1]);
  });

  it("compiles every importer schema once used enough, outside the browser", () => {
    for (const checks of [MUTAGEN_JSON_CHECKS, RAW_CHECKS, RAW_USUAL_CHECKS, XML_CHECKS]) {
      for (const [kind, schema] of Object.entries(checks)) {
        expect({ kind, compiled: isCompiled(afterUse(schema)) }).toEqual({ kind, compiled: true });
      }
    }
  });

  it("never compiles where zod may not generate code", () => {
    z.config({ jitless: true });
    expect(afterUse(new CompilingSchema(person, 3), 10)).toBe(person);
  });

  it("imports the same model where zod may not generate code (the browser app)", async () => {
    const file = { path: "compact_configuration.json", content: readFileSync(SAMPLE, "utf8") };
    for (const checks of Object.values(MUTAGEN_JSON_CHECKS)) {
      expect(isCompiled(afterUse(checks))).toBe(true);
    }
    const compiledChecks = importConfig(file);
    z.config({ jitless: true });
    vi.resetModules();
    const jitlessModule = await import("../../../src/model/import/importConfig");
    const { MUTAGEN_JSON_CHECKS: plain } =
      await import("../../../src/model/import/mutagenJsonSchemas");
    expect(isCompiled(afterUse(plain.campaign))).toBe(false);
    const interpreted = jitlessModule.importConfig(file);
    expect(interpreted).toEqual(compiledChecks);
    expect(interpreted.objects.length).toBeGreaterThan(0);
  });
});
