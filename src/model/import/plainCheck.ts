import type * as z from "zod";

/** Whether a value fits: an answer only, nothing built or kept. */
export type PlainCheck = (value: unknown) => boolean;

const never: PlainCheck = () => false;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A schema's definition, as far as this module reads it. */
interface Definition {
  readonly type: string;
  readonly checks?: readonly unknown[];
  readonly coerce?: boolean;
  readonly format?: unknown;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly inclusive?: boolean;
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
}

const definitionOf = (schema: z.ZodType): Definition => schema.def as unknown as Definition;

/** A set of values for a `has` check, when they are all strings or finite numbers. */
function valueSet(values: readonly unknown[]): ReadonlySet<unknown> | undefined {
  const plain = values.every(
    (v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)),
  );
  return plain ? new Set(values) : undefined;
}

function objectCheck(def: Definition): PlainCheck {
  if (def.catchall !== undefined || def.shape === undefined) return never;
  const keys = Object.keys(def.shape);
  const fields = keys.map((key) => plainCheck(def.shape![key]!));
  return (value) => {
    if (!isObject(value)) return false;
    for (let i = 0; i < keys.length; i++) {
      if (!fields[i]!(value[keys[i]!])) return false;
    }
    return true;
  };
}

function unionCheck(def: Definition): PlainCheck {
  // An exclusive union (one member exactly) or a discriminated one picks its member by rules
  // of its own: left to zod.
  if (def.inclusive === false || def.discriminator !== undefined) return never;
  const options = (def.options ?? []).map(plainCheck).filter((option) => option !== never);
  if (options.length === 0) return never;
  return (value) => {
    for (let i = 0; i < options.length; i++) if (options[i]!(value)) return true;
    return false;
  };
}

/**
 * A check for `schema` that accepts part of what zod accepts and builds nothing: no copy of
 * the value, no issue, no closure per call. It knows objects (zod's default, which ignores
 * undeclared keys), arrays, strings, finite numbers, booleans, enums and literals of strings
 * or numbers, optional, nullable and inclusive unions; any other schema, and any of those with
 * checks (lengths, formats, refinements) or coercion, it refuses. So its "yes" is zod's "yes",
 * and its "no" means only "ask zod", which alone says what is wrong. Made once per schema, it
 * lets an importer accept the bulk of a large file's objects as they are, asking zod only
 * about the few that are unusual or wrong.
 */
export function plainCheck(schema: z.ZodType): PlainCheck {
  const def = definitionOf(schema);
  if ((def.checks !== undefined && def.checks.length > 0) || def.coerce === true) return never;
  switch (def.type) {
    case "string":
      return def.format === undefined ? (value) => typeof value === "string" : never;
    case "number":
      return def.format === undefined
        ? (value) => typeof value === "number" && Number.isFinite(value)
        : never;
    case "boolean":
      return (value) => typeof value === "boolean";
    case "optional": {
      // An exact optional may be absent but not present as undefined: left to zod.
      if (schema._zod.traits.has("$ZodExactOptional")) return never;
      const inner = plainCheck(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case "nullable": {
      const inner = plainCheck(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case "array": {
      const element = plainCheck(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case "object":
      return objectCheck(def);
    case "union":
      return unionCheck(def);
    case "enum": {
      // Of an enum with numbers (a TypeScript enum's reverse entries), zod keeps only some
      // entries: left to zod.
      const entries = Object.values(def.entries ?? {});
      const values = entries.every((v) => typeof v === "string") ? valueSet(entries) : undefined;
      return values === undefined ? never : (value) => values.has(value);
    }
    case "literal": {
      const values = valueSet(def.values ?? []);
      return values === undefined ? never : (value) => values.has(value);
    }
    default:
      return never;
  }
}
