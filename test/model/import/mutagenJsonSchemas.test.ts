import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { ConfigKind } from "../../../src/model/config/kinds";
import { MUTAGEN_JSON_SCHEMAS } from "../../../src/model/import/mutagenJsonSchemas";

const OBJECTS = resolve("../shared/samples/mutagen/objects");

function sample(name: string): unknown {
  return JSON.parse(readFileSync(resolve(OBJECTS, name), "utf8"));
}

describe("mutagen JSON object schemas", () => {
  it.each<[string, ConfigKind]>([
    ["agentgroup.json", "agentGroup"],
    ["campaign.json", "campaign"],
    ["campaigngroup.json", "campaignGroup"],
    ["empty_campaign.json", "campaign"],
    ["empty_campaigngroup.json", "campaignGroup"],
    ["person.json", "person"],
    ["place.json", "place"],
    ["placegroup.json", "placeGroup"],
    ["tenant.json", "tenant"],
  ])("%s fits the %s schema", (name, kind) => {
    const result = MUTAGEN_JSON_SCHEMAS[kind].safeParse(sample(name));
    expect(result.error).toBeUndefined();
  });

  it("accepts every enum of a fully filled campaign group as mutagen spells it", () => {
    const parsed = MUTAGEN_JSON_SCHEMAS.campaignGroup.parse(sample("campaigngroup.json"));
    expect(parsed).toMatchObject({
      name: "campaignGroup",
      state: "enabled",
      dialMode: "dmpredict",
      optMethod: "omoverdialrate",
      operationMode: "ommanual",
      group: { name: "group", groupType: "agentgroup" },
      campaign: { name: "campaign", tenant: "tenant" },
    });
  });

  it("reads a campaign's calling list entries", () => {
    expect(MUTAGEN_JSON_SCHEMAS.campaign.parse(sample("campaign.json")).callingLists).toEqual([
      { callingList: "callingList", isActive: true, share: 10 },
    ]);
  });

  it("reads the agent flag and the employee id of a person", () => {
    expect(MUTAGEN_JSON_SCHEMAS.person.parse(sample("person.json"))).toMatchObject({
      userName: "userName",
      employeeId: "employeeId",
      agent: true,
    });
  });

  it("refuses a campaign group whose group type is neither agentgroup nor placegroup", () => {
    const result = MUTAGEN_JSON_SCHEMAS.campaignGroup.safeParse({
      name: "g",
      campaign: { name: "c" },
      group: { name: "team", groupType: "team" },
    });
    expect(result.error?.issues[0]?.path).toEqual(["group", "groupType"]);
  });
});

/** Schema kinds whose output is their input: checks without a transform, wrappers of those. */
const IN_PLACE_TYPES = new Set([
  "object",
  "array",
  "optional",
  "nullable",
  "union",
  "string",
  "number",
  "boolean",
  "enum",
  "literal",
  "custom",
]);

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string } } }[];
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

/** Where a schema could give something other than what it read, as paths; none, if nothing. */
function changesWhatItReads(schema: z.ZodType, path = "$"): string[] {
  const def = schema._zod.def as unknown as Def;
  const found: string[] = [];
  if (!IN_PLACE_TYPES.has(def.type)) found.push(`${path}: ${def.type}`);
  for (const check of def.checks ?? []) {
    if (check._zod.def.check === "overwrite") found.push(`${path}: overwrite`);
  }
  for (const [key, inner] of Object.entries(def.shape ?? {})) {
    found.push(...changesWhatItReads(inner, `${path}.${key}`));
  }
  for (const inner of [def.innerType, def.element, ...(def.options ?? [])]) {
    if (inner) found.push(...changesWhatItReads(inner, path));
  }
  return found;
}

describe("MUTAGEN_JSON_SCHEMAS, read in place", () => {
  it("transform nothing they read, so an object that fits is its own parsed value", () => {
    for (const schema of Object.values(MUTAGEN_JSON_SCHEMAS)) {
      expect(changesWhatItReads(schema)).toEqual([]);
    }
  });

  it("(the check above finds a transform, a default, a catch or a trim wherever it is)", () => {
    const schema = z.object({
      name: z.string().trim(),
      group: z.object({ size: z.number().default(1) }).nullish(),
      list: z.array(z.union([z.string(), z.boolean().catch(false)])),
      id: z.string().transform((s) => s.length),
    });
    expect(changesWhatItReads(schema)).toEqual([
      "$.name: overwrite",
      "$.group.size: default",
      "$.list: catch",
      "$.id: pipe",
    ]);
  });
});
