import * as z from "zod";
import { FLAG, parseEnum, type EnumDefinition } from "../config/enums";
import type { Dbid } from "../config/ids";
import { describeValue } from "./describeValue";
import { enumField, usualEnumField } from "./enumField";

// Field schemas for the Platform SDK structure, shared by mutagen RAW and Configuration Server
// XML. XML gives every value as a string; mutagen RAW converts that XML to JSON, which turns
// numeric-looking values into numbers (so a name may arrive as 123). Both are accepted.
//
// A large RAW export has about ten such fields per object, so each schema starts with the
// cheapest check that fits the format's usual value. For RAW that is a union whose first
// member is a plain check (an integer, a string), cheaper than a transform;
// anything else falls through to a transform that converts it or says what was expected. XML
// values are always text, where that first member would fail (and build an issue) on every
// integer: the XML schemas go straight to the transform.

const INTEGER = /^\s*-?\d+\s*$/;

const anyInt = z.unknown().transform((raw, ctx): number => {
  if (typeof raw === "number" && Number.isInteger(raw)) return raw;
  if (typeof raw === "string" && INTEGER.test(raw)) return Number(raw);
  ctx.addIssue({ code: "custom", message: `expected an integer, got ${describeValue(raw)}` });
  return z.NEVER;
});

const psdkInt = z.union([z.int(), anyInt]);

const anyText = z.unknown().transform((raw, ctx): string => {
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  ctx.addIssue({ code: "custom", message: `expected a text value, got ${describeValue(raw)}` });
  return z.NEVER;
});

const psdkText = z.union([z.string(), anyText]);

const anyFlag = z.unknown().transform((raw, ctx): boolean | undefined => {
  const flag =
    typeof raw === "string" || typeof raw === "number" ? parseEnum(FLAG, raw) : undefined;
  if (flag !== undefined) return flagValue(flag === "True" ? 2 : flag === "False" ? 1 : 0);
  if (raw === "true" || raw === "false") return raw === "true";
  ctx.addIssue({
    code: "custom",
    message: `expected 2 (CFGTrue), 1 (CFGFalse) or 0 (CFGUnknown), got ${describeValue(raw)}`,
  });
  return z.NEVER;
});

const psdkFlag = z.union([z.literal([0, 1, 2]), z.boolean(), anyFlag]);

/** What a CfgFlag says; `undefined` for unknown or absent, so the field's default applies. */
export function flagValue(flag: 0 | 1 | 2 | boolean | undefined): boolean | undefined {
  if (typeof flag === "boolean" || flag === undefined) return flag;
  return flag === 0 ? undefined : flag === 2;
}

/**
 * A list in the PSDK structure is an element holding one child element per item
 * (`<agentDBIDs><DBID value="120"/><DBID value="121"/></agentDBIDs>`). Converted to JSON that
 * becomes an object keyed by the item element's name (`{"DBID": [120, 121]}`), and a list of
 * one item loses its array (`{"DBID": 120}`); an empty list is an empty element (`""`).
 * Every shape, and a plain array, becomes an array here.
 */
function unwrapList(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return [];
  if (Array.isArray(value)) return value;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return [];
    if (keys.length === 1) {
      const items = (value as Record<string, unknown>)[keys[0]!];
      return Array.isArray(items) ? items : [items];
    }
  }
  return value;
}

function psdkList<T extends z.ZodType>(item: T) {
  return z.preprocess(unwrapList, z.array(item));
}

/** The field schemas of one format: RAW gives numbers as numbers, XML everything as text. */
function fieldSchemas(
  int: z.ZodType<number, unknown>,
  text: z.ZodType<string, unknown>,
  flag: z.ZodType<0 | 1 | 2 | boolean | undefined, unknown>,
  enumOf: (def: EnumDefinition<string>) => z.ZodType<string | number, unknown>,
) {
  return {
    int,
    /** A DBID: an integer, typed as the model's branded `Dbid` (the brand exists only in types). */
    dbid: int as unknown as z.ZodType<Dbid, unknown>,
    text,
    /** A CfgFlag: 2 (true), 1 (false), 0 (unknown), or its PSDK constant; read with `flagValue`. */
    flag,
    /** An enum field, read with `enumValue`. */
    enumOf,
    list: psdkList,
  };
}

export const RAW_FIELDS = fieldSchemas(psdkInt, psdkText, psdkFlag, (def) =>
  enumField(def, "psdk", false),
);
export const XML_FIELDS = fieldSchemas(anyInt, psdkText, anyFlag, (def) =>
  enumField(def, "psdk", true),
);
/**
 * RAW's usual values only: integers as numbers, text as strings, flags as 0, 1 or 2, enums as
 * their integers. Each accepts part of what its `RAW_FIELDS` counterpart accepts, with the same
 * output, and without a union: a RAW export has about ten such fields per object, and a
 * union's failed or tried member is two objects of garbage each.
 */
export const RAW_USUAL_FIELDS = fieldSchemas(z.int(), z.string(), z.literal([0, 1, 2]), (def) =>
  usualEnumField(def, false),
);
export type PsdkFieldSchemas = typeof RAW_FIELDS;
