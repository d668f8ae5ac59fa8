/**
 * Field-by-field sum of count records; null when none of them is known, so "no figures" stays
 * distinguishable from "zero".
 */
export function sumCounts<T extends { readonly [K in keyof T]: number }>(
  items: readonly (T | null)[],
): T | null {
  let total: Record<string, number> | null = null;
  for (const item of items) {
    if (item === null) continue;
    const fields = item as Readonly<Record<string, number>>;
    if (total === null) {
      total = { ...fields };
      continue;
    }
    for (const field of Object.keys(fields))
      total[field] = (total[field] ?? 0) + (fields[field] ?? 0);
  }
  return total as T | null;
}
