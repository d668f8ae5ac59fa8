import * as z from "zod";
import { plainCheck, type PlainCheck } from "./plainCheck";

/**
 * How many objects a schema checks as it is before it is compiled. Compiling one (`z.compile`,
 * a parser and a validator generated for it) takes a few milliseconds; the compiled checks
 * save well under a microsecond per object. A file of a few thousand objects, or a schema
 * most files use a handful of times (tenants), would wait longer for the compile than it
 * gains, and a command that reads a small file would pay for it on every start.
 */
const COMPILE_AFTER = 2_000;

/**
 * A schema that checks objects as zod's ordinary parser does until it has checked
 * `compileAfter` of them, or is told that more than that are coming (`expect`), then with the
 * parser zod generates for it (`z.compile`): same output
 * and, on a refusal, the ordinary parser's messages, at a fraction of the cost per object.
 * Counted per process, so a server that loads many files compiles once.
 *
 * Never compiled where zod is `jitless` (the browser app, whose Content-Security-Policy
 * forbids generated code: see `src/ui/zodWithoutEval.ts`): the compile would be refused, and
 * each refusal reported as a policy violation.
 */
export class CompilingSchema<S extends z.ZodType> {
  #checked = 0;
  #compiled: S | undefined;
  #plain: PlainCheck | undefined;

  constructor(
    readonly schema: S,
    private readonly compileAfter = COMPILE_AFTER,
  ) {}

  /** The schema to check the next object with. */
  next(): S {
    if (this.#compiled !== undefined) return this.#compiled;
    if (++this.#checked <= this.compileAfter) return this.schema;
    return this.#compile();
  }

  /**
   * Whether `value` fits the schema, with nothing built: zod's output for it would be the
   * value less the keys the schema does not declare. Most objects are answered by a
   * `plainCheck` of the schema; the rest, by zod (counted towards the compile).
   */
  accepts(value: unknown): boolean {
    this.#plain ??= plainCheck(this.schema);
    return this.#plain(value) || this.next().validate(value);
  }

  /**
   * Told that `count` objects are about to be checked (a list read whole): when they are
   * enough to pay for the compile, it is made at once rather than after `compileAfter` of
   * them were checked the slow way, which a list of any length would otherwise pay.
   */
  expect(count: number): void {
    if (this.#compiled === undefined && count > this.compileAfter) this.#compile();
  }

  #compile(): S {
    this.#compiled = z.config().jitless ? this.schema : z.compile(this.schema);
    return this.#compiled;
  }
}

/** A `CompilingSchema` for each schema of a record. */
export function compilingSchemas<T extends Record<string, z.ZodType>>(
  schemas: T,
): { readonly [K in keyof T]: CompilingSchema<T[K]> } {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, new CompilingSchema(schema)]),
  ) as { readonly [K in keyof T]: CompilingSchema<T[K]> };
}
