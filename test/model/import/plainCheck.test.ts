import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { CompilingSchema } from "../../../src/model/import/CompilingSchema";
import { MUTAGEN_JSON_SCHEMAS } from "../../../src/model/import/mutagenJsonSchemas";
import { plainCheck } from "../../../src/model/import/plainCheck";
import { RAW_SCHEMAS, XML_SCHEMAS } from "../../../src/model/import/psdkSchemas";

const OBJECTS = resolve("../shared/samples/mutagen/objects");
const EXPORT = resolve("../shared/samples/mutagen/export-json");

/** Every object of the shared mutagen JSON samples, by section. */
function sampleObjects(): [string, unknown][] {
  const found: [string, unknown][] = [];
  for (const name of readdirSync(EXPORT).filter((n) => n.endsWith(".json"))) {
    const doc = JSON.parse(readFileSync(resolve(EXPORT, name), "utf8")) as Record<string, unknown>;
    for (const [section, list] of Object.entries(doc)) {
      // A few of each section and file: the odd values below make the variety.
      if (Array.isArray(list)) for (const o of list.slice(0, 4)) found.push([section, o]);
    }
  }
  return found;
}

const SECTION_KIND = {
  tenants: "tenant",
  campaigns: "campaign",
  campaignGroups: "campaignGroup",
  agentGroups: "agentGroup",
  placeGroups: "placeGroup",
  persons: "person",
  places: "place",
} as const;

/** Values that are wrong, odd or hostile in one field or another. */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  "",
  "ENABLED",
  "CFGEnabled",
  "enabled",
  "agentgroup",
  1,
  2,
  "1",
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  ["a", 1],
  ["a", null],
  {},
  { name: "x" },
  { name: 1 },
  Object.create(null) as object,
];

/** `raw` with one field (or one field of a nested object) replaced by each odd value. */
function variants(raw: unknown): unknown[] {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return [raw];
  const out: unknown[] = [raw];
  for (const [key, value] of Object.entries(raw)) {
    for (const odd of ODD_VALUES) out.push({ ...raw, [key]: odd });
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const inner of variants(value).slice(1)) out.push({ ...raw, [key]: inner });
    }
  }
  for (const missing of ["name", "group", "campaign", "userName"]) {
    out.push(Object.fromEntries(Object.entries(raw).filter(([k]) => k !== missing)));
  }
  return [...out, ...ODD_VALUES];
}

describe("plainCheck", () => {
  it("says yes only where zod says yes, for every importer schema and odd value", () => {
    const objects = sampleObjects();
    const all = { ...MUTAGEN_JSON_SCHEMAS, ...RAW_SCHEMAS, ...XML_SCHEMAS };
    let yes = 0;
    let checked = 0;
    for (const schemas of [MUTAGEN_JSON_SCHEMAS, RAW_SCHEMAS, XML_SCHEMAS]) {
      for (const schema of Object.values(schemas) as z.ZodType[]) {
        const check = plainCheck(schema);
        for (const [, raw] of objects) {
          for (const value of variants(raw)) {
            checked++;
            if (!check(value)) continue;
            yes++;
            expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(true);
          }
        }
      }
    }
    expect(Object.keys(all).length).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(5_000);
    expect(yes).toBeGreaterThan(0);
  });

  it("says yes to every object of the mutagen JSON samples (the importer's usual case)", () => {
    const objects = sampleObjects().filter(([section]) => section in SECTION_KIND);
    expect(objects.length).toBeGreaterThan(10);
    for (const [section, raw] of objects) {
      const kind = SECTION_KIND[section as keyof typeof SECTION_KIND];
      expect({ section, raw, fits: plainCheck(MUTAGEN_JSON_SCHEMAS[kind])(raw) }).toEqual({
        section,
        raw,
        fits: true,
      });
    }
    for (const name of readdirSync(OBJECTS)) {
      const raw: unknown = JSON.parse(readFileSync(resolve(OBJECTS, name), "utf8"));
      const fitsOne = Object.values(MUTAGEN_JSON_SCHEMAS).some((s) => plainCheck(s)(raw));
      expect({ name, fitsOne }).toEqual({ name, fitsOne: true });
    }
  });

  it("leaves to zod what it does not know or what checks more than a type", () => {
    const refused: z.ZodType[] = [
      z.string().max(3),
      z.string().email(),
      z.number().int(),
      z.int(),
      z.coerce.string(),
      z.array(z.string()).min(1),
      z.strictObject({ a: z.string() }),
      z.object({ a: z.string() }).refine(() => true),
      z.string().transform((s) => s.length),
      z.string().default("x"),
      z.custom<string>(() => true),
      z.xor([z.string(), z.number()]),
      z.discriminatedUnion("k", [z.object({ k: z.literal("a") })]),
      z.object({ a: z.string().exactOptional() }),
      z.enum({ A: 0, B: 1 }),
      z.unknown(),
    ];
    for (const schema of refused) {
      for (const value of ["ab", 1, { a: "x", k: "a" }, ["x"], undefined, { a: undefined }]) {
        expect(plainCheck(schema)(value)).toBe(false);
      }
    }
  });

  it("knows optional, nullable, arrays, enums, literals and unions", () => {
    const check = plainCheck(
      z.object({
        name: z.string(),
        state: z.union([z.enum(["on", "off"]), z.literal([1, 2])]).nullish(),
        tags: z.array(z.string()).optional(),
        on: z.boolean().nullable(),
        n: z.number().nullish(),
      }),
    );
    expect(check({ name: "a", on: null })).toBe(true);
    expect(check({ name: "a", on: true, state: "off", tags: ["x"], n: 2, other: {} })).toBe(true);
    expect(check({ name: "a", on: false, state: 2, n: null })).toBe(true);
    expect(check({ name: "a", on: false, state: 3 })).toBe(false);
    expect(check({ name: "a", on: false, state: "OFF" })).toBe(false);
    expect(check({ name: "a", on: false, tags: ["x", 1] })).toBe(false);
    expect(check({ name: "a", on: false, n: Number.NaN })).toBe(false);
    expect(check({ name: "a" })).toBe(false);
    expect(check([])).toBe(false);
    expect(check(null)).toBe(false);
  });
});

describe("CompilingSchema.accepts", () => {
  const person = z.object({ userName: z.string(), state: z.custom<string>((v) => v === "odd") });

  it("asks zod about what the plain check refuses, and only that counts towards the compile", () => {
    const checks = new CompilingSchema(z.object({ userName: z.string() }), 2);
    for (let i = 0; i < 10; i++) expect(checks.accepts({ userName: "ann" })).toBe(true);
    expect(checks.next()).toBe(checks.schema);
    const mixed = new CompilingSchema(person, 2);
    expect(mixed.accepts({ userName: "ann", state: "odd" })).toBe(true);
    expect(mixed.accepts({ userName: "ann", state: "even" })).toBe(false);
    expect(mixed.accepts({ userName: 1, state: "odd" })).toBe(false);
  });
});
