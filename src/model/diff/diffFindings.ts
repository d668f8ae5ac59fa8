import type { Finding } from "../findings/Finding";
import type { FindingsDiff } from "./ModelDiff";

const findingKey = (f: Finding): string =>
  `${f.rule}\u0000${f.kind}\u0000${f.tenant}\u0000${f.name}`;

/**
 * Findings present after and not before (introduced), and before and not after (fixed),
 * keyed by rule, kind, tenant and name. The message is not part of the key: a finding whose
 * wording changed (another expected name) is the same problem, still there. Counted as a
 * multiset, so one of two duplicates removed is one finding fixed.
 */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingsDiff {
  const remaining = new Map<string, number>();
  for (const f of before) remaining.set(findingKey(f), (remaining.get(findingKey(f)) ?? 0) + 1);
  const introduced: Finding[] = [];
  for (const f of after) {
    const key = findingKey(f);
    const n = remaining.get(key) ?? 0;
    if (n > 0) remaining.set(key, n - 1);
    else introduced.push(f);
  }
  const fixed: Finding[] = [];
  for (const f of before) {
    const key = findingKey(f);
    const n = remaining.get(key) ?? 0;
    if (n > 0) {
      fixed.push(f);
      remaining.set(key, n - 1);
    }
  }
  return { introduced, fixed };
}
