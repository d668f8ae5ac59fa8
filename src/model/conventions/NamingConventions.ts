import * as z from "zod";
import { CONFIG_KINDS } from "../config/kinds";
import { SEVERITIES } from "../findings/Finding";
import { compileNamePattern } from "./compileNamePattern";
import { NAMING_STYLES } from "./namingStyles";

/** A prefix longer than this is surely a mistake (names have at most 255 characters). */
const MAX_PREFIX_LENGTH = 64;

const conventionSchema = z
  .object({
    pattern: z
      .string()
      .superRefine((pattern, ctx) => {
        const compiled = compileNamePattern(pattern);
        if (!compiled.ok) ctx.addIssue({ code: "custom", message: compiled.reason });
      })
      .optional(),
    style: z.enum(NAMING_STYLES).optional(),
    prefix: z.string().min(1).max(MAX_PREFIX_LENGTH).optional(),
    severity: z.enum(SEVERITIES).default("warning"),
    message: z.string().min(1).max(500).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.pattern !== undefined && c.style !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: 'give "pattern" (a regular expression) or "style" (a named style), not both',
      });
    } else if (c.pattern === undefined && c.style === undefined && c.prefix === undefined) {
      ctx.addIssue({
        code: "custom",
        message: 'give a "pattern", a "style" or a "prefix": this convention checks nothing',
      });
    }
  });

/**
 * The conventions file: per kind of configuration object, how its names must look.
 *
 * ```json
 * { "conventions": {
 *     "campaign": { "pattern": "[A-Z][a-z]+_[A-Za-z]+_Q[1-4]", "message": "Region_Product_Quarter" },
 *     "callingList": { "prefix": "CL_", "style": "UPPER_SNAKE", "severity": "error" } } }
 * ```
 */
export const namingConventionsSchema = z
  .object({
    conventions: z.partialRecord(z.enum(CONFIG_KINDS), conventionSchema),
  })
  .strict();

export type NamingConvention = z.output<typeof conventionSchema>;
export type NamingConventions = z.output<typeof namingConventionsSchema>;
