import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { compiledSchemas } from "../../../src/model/import/compiledSchemas";
import { importConfig } from "../../../src/model/import/importConfig";
import { MUTAGEN_JSON_SCHEMAS } from "../../../src/model/import/mutagenJsonSchemas";
import { RAW_SCHEMAS, RAW_USUAL_SCHEMAS, XML_SCHEMAS } from "../../../src/model/import/psdkSchemas";

const person = z.object({
  userName: z.string(),
  state: z.enum(["enabled", "disabled"]).nullish(),
  agents: z.array(z.string()).nullish(),
});

/** Whether zod generated a checker for the schema (what `z.compile` adds). */
const isCompiled = (schema: z.ZodType): boolean =>
  typeof (schema._zod.bag as { validator?: unknown }).validator === "function";

const SAMPLE = resolve("../shared/samples/mutagen/export-json/compact_configuration.json");

describe("compiledSchemas", () => {
  let jitless: boolean | undefined;
  beforeEach(() => {
    jitless = z.config().jitless;
  });
  afterEach(() => {
    z.config({ jitless });
    vi.resetModules();
  });

  it("gives the same output as the schema it compiled, unknown keys dropped alike", () => {
    const { person: compiled } = compiledSchemas({ person });
    const raw = { userName: "ann", state: "enabled", agents: ["a", "b"], extra: 1 };
    expect(compiled.parse(raw)).toEqual(person.parse(raw));
    expect(compiled.parse(raw)).toEqual({ userName: "ann", state: "enabled", agents: ["a", "b"] });
    expect(isCompiled(compiled)).toBe(true);
    expect(isCompiled(person)).toBe(false);
  });

  it("refuses what the schema refuses, with the same issue and path", () => {
    const { person: compiled } = compiledSchemas({ person });
    const raw = { userName: "ann", agents: ["a", 7] };
    const expected = person.safeParse(raw);
    const actual = compiled.safeParse(raw);
    expect(actual.success).toBe(false);
    expect(actual.error?.issues).toEqual(expected.error?.issues);
    expect(actual.error?.issues[0]?.path).toEqual(["agents", 1]);
  });

  it("compiles every importer schema, outside the browser", () => {
    for (const schemas of [MUTAGEN_JSON_SCHEMAS, RAW_SCHEMAS, RAW_USUAL_SCHEMAS, XML_SCHEMAS]) {
      for (const [kind, schema] of Object.entries(schemas)) {
        expect({ kind, compiled: isCompiled(schema) }).toEqual({ kind, compiled: true });
      }
    }
  });

  it("leaves the schemas as they are where zod may not generate code", () => {
    z.config({ jitless: true });
    const schemas = { person };
    expect(compiledSchemas(schemas)).toBe(schemas);
  });

  it("imports the same model where zod may not generate code (the browser app)", async () => {
    const file = { path: "compact_configuration.json", content: readFileSync(SAMPLE, "utf8") };
    const compiled = importConfig(file);
    z.config({ jitless: true });
    vi.resetModules();
    const jitlessModule = await import("../../../src/model/import/importConfig");
    const { MUTAGEN_JSON_SCHEMAS: plain } =
      await import("../../../src/model/import/mutagenJsonSchemas");
    expect(isCompiled(plain.campaign)).toBe(false);
    const interpreted = jitlessModule.importConfig(file);
    expect(interpreted).toEqual(compiled);
    expect(interpreted.objects.length).toBeGreaterThan(0);
  });
});
