import type * as z from "zod";
import type { ConfigKind } from "../config/kinds";
import type { SourceLocation } from "../config/objects";
import { sourcePath } from "../config/sourcePath";
import { isSecretName } from "./isSecretName";
import { ConfigImportError } from "./ConfigImportError";
import { MAX_NESTING } from "./exceedsNesting";
import { formatJsonPath } from "./formatJsonPath";
import { scanKeptValue, withoutSecrets } from "./withoutSecrets";

const NONE: Readonly<Record<string, unknown>> = Object.freeze(
  Object.create(null) as Record<string, unknown>,
);

/**
 * Adds to `extra` the fields of `raw` the model does not use (`known` lists those it does),
 * keeping a name `extra` already holds. The record has no prototype, so a `__proto__` or
 * `constructor` key in the file stays plain data. It is made only when there is something to
 * keep: most objects have nothing extra and share one frozen empty record, since a
 * prototype-less record is a slow dictionary. Secrets (`isSecretName`) are never kept, at
 * any depth: this is the one place an importer keeps fields as the file gave them. `ctx`
 * and `nested` (a group's common part) say where the fields are, should one be refused.
 */
function addExtraFields(
  extra: Record<string, unknown> | undefined,
  raw: unknown,
  known: ReadonlySet<string>,
  ctx: ConvertContext,
  nested?: string,
): Record<string, unknown> | undefined {
  if (typeof raw !== "object" || raw === null) return extra;
  for (const key in raw) {
    // Known first: most keys are, and only an unknown one needs asking whether it is the
    // object's own rather than inherited.
    if (known.has(key) || !Object.hasOwn(raw, key) || isSecretName(key)) continue;
    const field = (raw as Record<string, unknown>)[key];
    const held = scanKeptValue(field, MAX_NESTING);
    if (held === "too deep") {
      const where = placeOf(ctx, nested);
      throw new ConfigImportError(
        `nested more than ${MAX_NESTING} levels deep: not a configuration value`,
        { ...where.source, path: pathOf(where, key) },
      );
    }
    const value = held === "secret" ? withoutSecrets(field) : field;
    if (value === undefined) continue;
    extra ??= Object.create(null) as Record<string, unknown>;
    if (!Object.hasOwn(extra, key)) extra[key] = value;
  }
  return extra;
}

/** Where the fields being kept are, for an error about one of them (made only for the error). */
interface ExtraFieldsPlace {
  readonly source: { readonly file: string; readonly line?: number; readonly column?: number };
  /** The JSON path of the object holding them. */
  readonly path: string;
  /** Where they are below it (a group's common part). */
  readonly nested: readonly string[];
}

function placeOf(ctx: ConvertContext, nested?: string): ExtraFieldsPlace {
  const { file, line, column } = ctx.source;
  return {
    source: { file, ...(line === undefined ? {} : { line, column: column ?? 1 }) },
    path: sourcePath(ctx.source),
    nested: nested === undefined ? [] : [nested],
  };
}

function pathOf(where: ExtraFieldsPlace, key: string): string {
  const below = formatJsonPath([...where.nested, key]);
  return below.startsWith("[") ? `${where.path}${below}` : `${where.path}.${below}`;
}

/** One object on its way through an importer's converter: its fields as read, and where. */
export interface ConvertContext {
  readonly raw: Record<string, unknown>;
  readonly source: SourceLocation;
}

/** What an importer keeps of each object that its schemas do not model. */
interface UnmodelledFields {
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
  const knownOf = (kind: ConfigKind): ReadonlySet<string> => known.get(kind)!;
  return {
    of: (ctx, kind) => addExtraFields(undefined, ctx.raw, knownOf(kind), ctx) ?? NONE,
    ofGroup: (ctx, kind) =>
      addExtraFields(
        addExtraFields(undefined, ctx.raw, knownOf(kind), ctx),
        ctx.raw[groupKey],
        knownGroup,
        ctx,
        groupKey,
      ) ?? NONE,
  };
}
