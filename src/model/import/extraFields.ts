/**
 * The fields of `raw` that the model does not use, kept as they were. The record has no
 * prototype, so a `__proto__` or `constructor` key in the file stays plain data.
 */
export function extraFields(
  raw: unknown,
  known: ReadonlySet<string>,
  into: Record<string, unknown> = Object.create(null) as Record<string, unknown>,
): Record<string, unknown> {
  if (typeof raw !== "object" || raw === null) return into;
  for (const key of Object.keys(raw)) {
    if (!known.has(key) && !Object.hasOwn(into, key)) {
      into[key] = (raw as Record<string, unknown>)[key];
    }
  }
  return into;
}
