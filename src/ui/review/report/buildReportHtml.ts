import type { ConfigModel } from "../../../model/config/ConfigModel";
import type { NodeId, ObjectKey } from "../../../model/config/ids";
import { CONFIG_KIND_LABEL, CONFIG_KINDS } from "../../../model/config/kinds";
import { changeDetails, describeChangedObject } from "../../../model/diff/describeChange";
import { CHANGE_TYPES, type FindingsDiff, type ModelDiff } from "../../../model/diff/ModelDiff";
import {
  SEVERITIES,
  type Finding,
  type FindingKind,
  type Severity,
} from "../../../model/findings/Finding";
import { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { plural } from "../../../model/plural";
import type { Rule } from "../../../model/rules/Rule";
import { NODE_KIND_LABEL } from "../../shared/hierarchy/nodeKind";
import { escapeHtml } from "../../shared/escapeHtml";
import { REPORT_CSS } from "./reportCss";

/** Changes listed in the report; the CLI's `diff` gives them all. */
export const REPORT_CHANGE_LIMIT = 300;
/** The hierarchy overview stops after this many nodes: a report of 100k lines helps nobody. */
export const OVERVIEW_NODE_LIMIT = 400;
/** Levels of the hierarchy the overview shows (tenant, campaign, group or list). */
export const OVERVIEW_DEPTH = 3;

export interface ReportInput {
  readonly sources: readonly string[];
  readonly model: ConfigModel;
  readonly findings: readonly Finding[];
  readonly hierarchy: Hierarchy;
  /** The rule behind an id (built-in or house convention), for its description and explanation. */
  readonly ruleOf: (id: string) => Rule | undefined;
  readonly comparison: { readonly diff: ModelDiff; readonly findings: FindingsDiff } | null;
  readonly generatedAt: Date;
}

const e = escapeHtml;

const kindLabel = (kind: FindingKind): string =>
  kind === "campaignCallingList" ? "Campaign calling list" : CONFIG_KIND_LABEL[kind];

function summary(input: ReportInput): string {
  const rows = CONFIG_KINDS.map((kind) => {
    const objects = input.model.byKind[kind];
    const implicit = objects.filter((o) => o.implicit).length;
    const note = implicit > 0 ? ` (${implicit} known only by reference)` : "";
    return `<tr><td>${e(CONFIG_KIND_LABEL[kind])}</td><td class="count">${objects.length}</td><td>${e(note)}</td></tr>`;
  }).join("");
  const bySeverity = SEVERITIES.map(
    (s) =>
      `<tr><td class="severity-${s}">${s}</td><td class="count">${input.findings.filter((f) => f.severity === s).length}</td></tr>`,
  ).join("");
  const objectsOnly = new Set(input.findings.map((f) => f.object).filter((k) => k !== null));
  return `<section id="summary"><h2>Summary</h2>
<table><thead><tr><th>Kind</th><th class="count">Objects</th><th></th></tr></thead><tbody>${rows}</tbody></table>
<table><thead><tr><th>Severity</th><th class="count">Findings</th></tr></thead><tbody>${bySeverity}</tbody></table>
<p>${input.findings.length} findings on ${objectsOnly.size} objects, from ${new Set(input.findings.map((f) => f.rule)).size} rules.</p></section>`;
}

function comparison(input: ReportInput): string {
  if (!input.comparison) return "";
  const { diff, findings } = input.comparison;
  const counts = CHANGE_TYPES.map(
    (t) => `<tr><td>${t}</td><td class="count">${diff.counts[t]}</td></tr>`,
  ).join("");
  const rows = diff.changes
    .slice(0, REPORT_CHANGE_LIMIT)
    .map(
      (c) =>
        `<tr><td>${c.type}</td><td>${e(describeChangedObject(c))}</td><td>${changeDetails(c).map(e).join("<br>")}</td></tr>`,
    )
    .join("");
  const more =
    diff.changes.length > REPORT_CHANGE_LIMIT
      ? `<p class="more">${diff.changes.length - REPORT_CHANGE_LIMIT} more changes not listed (npm run diff lists them all).</p>`
      : "";
  const list =
    rows === ""
      ? ""
      : `<table><thead><tr><th>Change</th><th>Object</th><th>Details</th></tr></thead><tbody>${rows}</tbody></table>${more}`;
  return `<section id="comparison"><h2>Changes since the earlier snapshot</h2>
<table><thead><tr><th>Change</th><th class="count">Objects</th></tr></thead><tbody>${counts}</tbody></table>
<p>Findings introduced: ${findings.introduced.length}; findings fixed: ${findings.fixed.length}.</p>
${list}</section>`;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function findingsByRule(input: ReportInput): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  if (byRule.size === 0) {
    return `<section id="findings"><h2>Findings by rule</h2><p>No findings.</p></section>`;
  }
  const worst = (list: Finding[]) => Math.min(...list.map((f) => RANK[f.severity]));
  const rules = [...byRule].sort(
    ([a, x], [b, y]) => worst(x) - worst(y) || y.length - x.length || (a < b ? -1 : 1),
  );
  const sections = rules.map(([id, list]) => {
    const rule = input.ruleOf(id);
    const rows = list
      .map(
        (f) =>
          `<tr><td class="severity-${f.severity}">${f.severity}</td><td>${e(kindLabel(f.kind))}</td><td>${e(f.tenant)}</td><td class="mono">${e(f.name)}</td><td>${e(f.message)}</td><td class="mono">${f.suggestion === null ? "" : e(f.suggestion)}</td></tr>`,
      )
      .join("");
    return `<h3><code>${e(id)}</code> &middot; ${plural(list.length, "finding")}</h3>
${rule ? `<p class="explanation"><strong>${e(rule.description)}</strong> ${e(rule.explanation)}</p>` : ""}
<table><thead><tr><th>Severity</th><th>Kind</th><th>Tenant</th><th>Name</th><th>What is wrong</th><th>Suggested</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  return `<section id="findings"><h2>Findings by rule</h2>${sections.join("\n")}</section>`;
}

function overview(input: ReportInput): string {
  const flagged = new Map<ObjectKey, number>();
  for (const f of input.findings) {
    if (f.object) flagged.set(f.object, (flagged.get(f.object) ?? 0) + 1);
  }
  let shown = 0;
  let hidden = 0;
  const { hierarchy } = input;
  const item = (node: NodeId, depth: number): string => {
    if (shown >= OVERVIEW_NODE_LIMIT) {
      hidden += 1;
      return "";
    }
    shown += 1;
    const kind = hierarchy.kind(node);
    const name = hierarchy.name(node);
    const object = hierarchy.object(node);
    const count = object && kind !== "campaignCallingList" ? flagged.get(object) : undefined;
    const flag = count ? ` <span class="flag">${plural(count, "finding")}</span>` : "";
    const statId = hierarchy.statId(node);
    const id =
      statId !== null && statId !== name
        ? ` <span class="mono">(Stat Server id ${e(statId)})</span>`
        : "";
    const childCount = hierarchy.childCount(node);
    let children = "";
    if (childCount > 0) {
      children =
        depth < OVERVIEW_DEPTH
          ? `<ul>${hierarchy
              .children(node)
              .map((c) => item(c, depth + 1))
              .join("")}</ul>`
          : ` <span class="more">${childCount} below</span>`;
    }
    return `<li><span class="kind">${e(NODE_KIND_LABEL[kind])}</span> ${e(name)}${id}${flag}${children}</li>`;
  };
  const list = hierarchy
    .children(Hierarchy.ROOT)
    .map((c) => item(c, 1))
    .join("");
  const more = hidden > 0 ? `<p class="more">${hidden} more nodes not shown.</p>` : "";
  return `<section id="hierarchy"><h2>Hierarchy overview</h2><ul class="hierarchy">${list}</ul>${more}</section>`;
}

/**
 * The review report as one self-contained HTML document (styles inlined, no scripts, no
 * external resources): summary counts, findings by rule with their objects and suggested
 * names, and an overview of the hierarchy. Every name is escaped.
 */
export function buildReportHtml(input: ReportInput): string {
  const title = `Campaign Lens report: ${input.sources.join(" + ") || "configuration"}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style></head>
<body>
<header><h1>Campaign Lens review report</h1>
<p class="meta">${e(input.sources.join(", "))} &middot; ${input.model.objects.size} objects &middot; generated ${e(input.generatedAt.toISOString().replace("T", " ").slice(0, 16))} UTC</p></header>
${summary(input)}
${comparison(input)}
${findingsByRule(input)}
${overview(input)}
</body></html>
`;
}
