import { z } from "zod";

/**
 * The same schemas, each with the parser zod generates for it ahead of time (`z.compile`)
 * where code may be generated, else as they are. A compiled schema gives the same output and,
 * on a value it refuses, hands the value to zod's ordinary parser, so error messages are
 * unchanged. Importing 100k objects of mutagen JSON, zod's ordinary parsers allocated a
 * result and an issue list for every field of every object; the generated ones check fields
 * in place.
 *
 * Not where zod is `jitless` (the browser app, whose Content-Security-Policy forbids
 * generated code: see `src/ui/zodWithoutEval.ts`): compiling there would be refused, and each
 * refusal reported as a policy violation.
 */
export function compiledSchemas<T extends Record<string, z.ZodType>>(schemas: T): T {
  if (z.config().jitless) return schemas;
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, z.compile(schema)]),
  ) as T;
}
