import type { ConfigModel } from "../config/ConfigModel";
import { SEVERITIES, type Finding, type RuleSettings } from "../findings/Finding";
import type { ModelLinks } from "../hierarchy/ModelLinks";
import { compareFindings } from "./compareFindings";
import { createRuleContext } from "./RuleContext";
import type { Rule } from "./Rule";
import { RULES } from "./ruleRegistry";

/**
 * Runs every rule over a model. `settings` turns a rule off or gives it another severity;
 * ids it does not know are ignored (check them with `findRule` where the user types them); a
 * level other than off/error/warning/info throws a RangeError naming the rule.
 * Findings come sorted by severity, rule, tenant and name, the same on every run.
 * `extraRules` run after the built-in ones, under the same settings (house naming
 * conventions, `convention/<kind>`).
 */
export function runRules(
  model: ConfigModel,
  settings: RuleSettings = {},
  links?: ModelLinks,
  extraRules: readonly Rule[] = [],
): Finding[] {
  const context = createRuleContext(model, links);
  const findings: Finding[] = [];
  for (const rule of [...RULES, ...extraRules]) {
    const level = Object.hasOwn(settings, rule.id) ? settings[rule.id] : rule.defaultSeverity;
    if (level === undefined || level === "off") continue;
    if (!SEVERITIES.includes(level)) {
      throw new RangeError(
        `Rule setting for "${rule.id}" must be off, error, warning or info; got ${JSON.stringify(level)}.`,
      );
    }
    const { id } = rule;
    // Every field named: a finding holds a Finding's fields, whatever else the draft has.
    rule.check(context, (draft) =>
      findings.push({
        rule: id,
        severity: level,
        kind: draft.kind,
        tenant: draft.tenant,
        name: draft.name,
        statId: draft.statId,
        message: draft.message,
        suggestion: draft.suggestion,
        file: draft.file,
        location: draft.location,
        object: draft.object,
      }),
    );
  }
  return findings.sort(compareFindings);
}
