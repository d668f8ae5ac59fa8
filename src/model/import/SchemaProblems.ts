import type * as z from "zod";
import type { CompilingSchema } from "./CompilingSchema";
import { ConfigImportError } from "./ConfigImportError";
import { describeValue } from "./describeValue";
import { formatJsonPath } from "./formatJsonPath";
import { plural } from "../plural";

const EXPECTED: Readonly<Record<string, string>> = {
  array: "a list",
  object: "an object",
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
};

function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
  }
  if (issue.code === "custom") return issue.message;
  // An enum field is a union whose last member carries the message worth reading.
  if (issue.code === "invalid_union") {
    const custom = issue.errors.flat().find((inner) => inner.code === "custom");
    if (custom !== undefined) return custom.message;
  }
  return issue.message.replace(/^Invalid input: /, "");
}

/**
 * Validates objects one by one against their schemas and remembers what failed, so a file
 * with a bad value is refused with the first problem's path and how many more there are,
 * rather than with zod's raw dump.
 */
export class SchemaProblems {
  private first: { path: string; reason: string; line?: number; column?: number } | undefined;
  private count = 0;

  constructor(private readonly file: string) {}

  /**
   * The parsed value of object `index` of `section`, or `undefined` (and the problem noted)
   * when it does not fit. `position` is where the object starts, in formats that give one
   * (XML). `usual`, when given, is tried first: a schema for the usual shape of such objects,
   * accepting part of what `schema` accepts with the same output, and cheaper to run. Each
   * schema counts (towards its compile) only the objects it actually checks.
   */
  check<S extends z.ZodType>(
    schema: CompilingSchema<S>,
    raw: unknown,
    section: string,
    index: number,
    position?: { readonly line?: number; readonly column?: number },
    usual?: CompilingSchema<z.ZodType<z.output<S>>>,
  ): z.output<S> | undefined {
    if (usual !== undefined) {
      const quick = usual.next().safeParse(raw);
      if (quick.success) return quick.data;
    }
    const result = schema.next().safeParse(raw);
    if (result.success) return result.data;
    const at = [section, index];
    const detailed = schema.schema.safeParse(raw, { reportInput: true });
    const issues = detailed.success ? result.error.issues : detailed.error.issues;
    this.count += issues.length;
    const issue = issues[0];
    if (this.first === undefined && issue !== undefined) {
      const path = formatJsonPath([...at, ...issue.path]);
      this.first = { path, reason: reasonOf(issue), ...position };
    }
    return undefined;
  }

  /**
   * Whether object `index` of `section` fits `schema`, checked without building zod's copy of
   * it (the problem noted when it does not). For a schema with no transforms, whose output is
   * its input less the keys it does not declare, the importer can then read `raw` itself:
   * the copies `check` returns are a large part of what an import allocates.
   */
  fits<S extends z.ZodType>(
    schema: CompilingSchema<S>,
    raw: unknown,
    section: string,
    index: number,
  ): raw is z.input<S> {
    // A refusal is checked again the ordinary way, which notes the problem; should the two
    // ever disagree, the object is kept rather than dropped without a word.
    return schema.accepts(raw) || this.check(schema, raw, section, index) !== undefined;
  }

  /** Note a problem found outside a schema (a section that is not a list). */
  add(at: readonly PropertyKey[], reason: string): void {
    this.count++;
    this.first ??= { path: formatJsonPath(at), reason };
  }

  throwIfAny(): void {
    if (this.first === undefined) return;
    const more = this.count - 1;
    const suffix = more > 0 ? ` (and ${plural(more, "more problem")})` : "";
    const { reason, ...where } = this.first;
    throw new ConfigImportError(`${reason}${suffix}`, { file: this.file, ...where });
  }
}
