import { CONFIG_KIND_LABEL, CONFIG_KINDS, type ConfigKind } from "../config/kinds";
import { describeObject } from "../rules/describeObject";
import { draftFor } from "../rules/draftFor";
import { quoteName } from "../rules/quoteName";
import type { Rule } from "../rules/Rule";
import { compileNamePattern } from "./compileNamePattern";
import type { NamingConvention, NamingConventions } from "./NamingConventions";
import { matchesStyle, toStyle } from "./namingStyles";

/**
 * Names longer than Configuration Server's limit are not tested: `name-too-long` reports
 * them, and the bound keeps the cost of any accepted pattern small.
 */
const MAX_TESTED_NAME_LENGTH = 255;

/** What the convention asks for, in words: `start with "CL_", then UPPER_SNAKE`. */
function describeRequirement(c: NamingConvention): string {
  const parts: string[] = [];
  if (c.prefix !== undefined) parts.push(`start with ${quoteName(c.prefix)}`);
  const then = c.prefix !== undefined ? "then " : "";
  if (c.style !== undefined) parts.push(`${then}be written in ${c.style}`);
  if (c.pattern !== undefined) parts.push(`${then}match the pattern /${c.pattern}/`);
  return parts.join(", ");
}

function conventionRule(kind: ConfigKind, c: NamingConvention): Rule {
  const label = CONFIG_KIND_LABEL[kind];
  const requirement = describeRequirement(c);
  let regex: RegExp | null = null;
  if (c.pattern !== undefined) {
    const compiled = compileNamePattern(c.pattern);
    // parseNamingConventions refuses such patterns; conventions built in code must too.
    if (!compiled.ok) throw new Error(`convention/${kind}: ${compiled.reason}`);
    regex = compiled.regex;
  }
  const restFits = (rest: string): boolean =>
    (c.style === undefined || matchesStyle(c.style, rest)) && (regex === null || regex.test(rest));
  const fits = (name: string): boolean =>
    c.prefix === undefined
      ? restFits(name)
      : name.startsWith(c.prefix) && restFits(name.slice(c.prefix.length));
  const suggest = (name: string): string | null => {
    const prefix = c.prefix ?? "";
    let rest = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    if (c.style !== undefined) rest = toStyle(c.style, rest);
    const candidate = prefix + rest;
    return rest.length > 0 && candidate !== name && fits(candidate) ? candidate : null;
  };

  return {
    id: `convention/${kind}`,
    defaultSeverity: c.severity,
    description: c.message ?? `${label} names must ${requirement}.`,
    explanation:
      `A house naming convention, declared in the conventions file, not a Stat Server rule: ` +
      `${label.toLowerCase()} names must ${requirement}` +
      (c.message ? ` (${c.message})` : "") +
      `. A pattern must match the whole name${c.prefix !== undefined ? " after the prefix" : ""}. ` +
      `Stat Server finds these objects whatever they are called; consistent names are what let ` +
      `supervisors recognise them in monitoring views and reports. Renaming a campaign or a ` +
      `calling list changes the Stat Server ids built from it, so update the monitoring views too.`,
    check({ model }, report) {
      for (const object of model.byKind[kind]) {
        if (object.name.length > MAX_TESTED_NAME_LENGTH || fits(object.name)) continue;
        const message = `${describeObject(object)} does not follow the house convention: names must ${requirement}.${c.message ? ` ${c.message}` : ""}`;
        report(draftFor(model, object, message, suggest(object.name)));
      }
    },
  };
}

/** One rule per kind with a convention, `convention/<kind>`, in the order of kinds. */
export function conventionRules(conventions: NamingConventions): Rule[] {
  return CONFIG_KINDS.flatMap((kind) => {
    const c = conventions.conventions[kind];
    return c === undefined ? [] : [conventionRule(kind, c)];
  });
}
