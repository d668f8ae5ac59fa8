import type { z } from "zod";
import type { ConfigKind } from "../config/kinds";
import type { SourceLocation } from "../config/objects";

const NONE: Readonly<Record<string, unknown>> = Object.freeze(
  Object.create(null) as Record<string, unknown>,
);

/**
 * The fields of each object in `sources` that the model does not use, kept as they were (the
 * first source wins on a name held twice). The record has no prototype, so a `__proto__` or
 * `constructor` key in the file stays plain data. Objects with nothing extra share one frozen
 * empty record: most objects have none, and a prototype-less record is a slow dictionary.
 */
export function extraFields(
  ...sources: readonly (readonly [raw: unknown, known: ReadonlySet<string>])[]
): Readonly<Record<string, unknown>> {
  let extra: Record<string, unknown> | undefined;
  for (const [raw, known] of sources) {
    if (typeof raw !== "object" || raw === null) continue;
    for (const key in raw) {
      if (!Object.hasOwn(raw, key) || known.has(key)) continue;
      extra ??= Object.create(null) as Record<string, unknown>;
      if (!Object.hasOwn(extra, key)) extra[key] = (raw as Record<string, unknown>)[key];
    }
  }
  return extra ?? NONE;
}

/** One object on its way through an importer's converter: its fields as read, and where. */
export interface ConvertContext {
  readonly raw: Record<string, unknown>;
  readonly source: SourceLocation;
}

/** What an importer keeps of each object that its schemas do not model. */
export interface UnmodelledFields {
  /** The fields of the object the kind's schema does not declare. */
  of(ctx: ConvertContext, kind: ConfigKind): Readonly<Record<string, unknown>>;
  /** For a group: also those of its common part nested under `groupKey`. */
  ofGroup(
    ctx: ConvertContext,
    kind: "agentGroup" | "placeGroup",
  ): Readonly<Record<string, unknown>>;
}

/**
 * The unmodelled fields of one format, from its schemas: the keys each kind's schema declares
 * are read once, and groups, which nest their common part (`group` in mutagen JSON, `CfgGroup`
 * in the PSDK structure), have that part's unmodelled fields join theirs.
 */
export function unmodelledFields(
  schemas: { readonly [K in ConfigKind]: z.ZodObject },
  groupKey: string,
): UnmodelledFields {
  const known = new Map<ConfigKind, ReadonlySet<string>>(
    (Object.keys(schemas) as ConfigKind[]).map((kind) => [
      kind,
      new Set(Object.keys(schemas[kind].shape)),
    ]),
  );
  const group = schemas.agentGroup.shape[groupKey] as z.ZodObject;
  const knownGroup = new Set(Object.keys(group.shape));
  return {
    of: (ctx, kind) => extraFields([ctx.raw, known.get(kind)!]),
    ofGroup: (ctx, kind) =>
      extraFields([ctx.raw, known.get(kind)!], [ctx.raw[groupKey], knownGroup]),
  };
}
