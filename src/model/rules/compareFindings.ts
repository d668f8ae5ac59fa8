import { SEVERITIES, type Finding } from "../findings/Finding";

const RANK = new Map(SEVERITIES.map((severity, index) => [severity, index]));

// Code-unit order, not localeCompare: the same findings must sort the same on every machine
// and in every locale (CLI output is diffed and tested).
const order = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/** Findings in report order: severity (errors first), rule, tenant, name, then place in file. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (RANK.get(a.severity) ?? 0) - (RANK.get(b.severity) ?? 0) ||
    order(a.rule, b.rule) ||
    order(a.tenant, b.tenant) ||
    order(a.name, b.name) ||
    order(a.file, b.file) ||
    order(a.location, b.location) ||
    order(a.message, b.message)
  );
}
