/**
 * How deep a value the importers keep as an unmodelled field may nest. Configuration values
 * nest a few levels (a PSDK option section holds key-value pairs); a value far deeper is not
 * configuration, and the code that copies, compares and prints such values recurses.
 */
export const MAX_NESTING = 100;

/** Whether `value` holds lists or objects nested more than `limit` levels, found without recursion. */
export function exceedsNesting(value: unknown, limit: number = MAX_NESTING): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== "object" || item === null) continue;
    if (depth > limit) return true;
    for (const key in item) {
      if (Object.hasOwn(item, key)) {
        pending.push([(item as Record<string, unknown>)[key], depth + 1]);
      }
    }
  }
  return false;
}
