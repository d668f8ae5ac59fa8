import { z } from "zod";
import { FLAG, parseEnum } from "../config/enums";
import { asDbid, type Dbid } from "../config/ids";
import { describeValue } from "./describeValue";

// Field schemas for the Platform SDK structure, shared by mutagen RAW and Configuration Server
// XML. XML gives every value as a string; mutagen RAW converts that XML to JSON, which turns
// numeric-looking values into numbers (so a name may arrive as 123). Both are accepted.

const INTEGER = /^\s*-?\d+\s*$/;

export const psdkInt = z.unknown().transform((raw, ctx): number => {
  if (typeof raw === "number" && Number.isInteger(raw)) return raw;
  if (typeof raw === "string" && INTEGER.test(raw)) return Number(raw);
  ctx.addIssue({ code: "custom", message: `expected an integer, got ${describeValue(raw)}` });
  return z.NEVER;
});

export const psdkDbid = psdkInt.transform((n): Dbid => asDbid(n));

export const psdkText = z.unknown().transform((raw, ctx): string => {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  ctx.addIssue({ code: "custom", message: `expected a text value, got ${describeValue(raw)}` });
  return z.NEVER;
});

/** A CfgFlag (2 true, 1 false, 0 unknown); `undefined` for unknown, so defaults apply. */
export const psdkFlag = z.unknown().transform((raw, ctx): boolean | undefined => {
  if (typeof raw === "boolean") return raw;
  const flag =
    typeof raw === "string" || typeof raw === "number" ? parseEnum(FLAG, raw) : undefined;
  if (flag === "True") return true;
  if (flag === "False") return false;
  if (flag === "Unknown") return undefined;
  if (raw === "true" || raw === "false") return raw === "true";
  ctx.addIssue({
    code: "custom",
    message: `expected 2 (CFGTrue), 1 (CFGFalse) or 0 (CFGUnknown), got ${describeValue(raw)}`,
  });
  return z.NEVER;
});

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

export function psdkList<T extends z.ZodType>(item: T) {
  return z.preprocess(unwrapList, z.array(item));
}
