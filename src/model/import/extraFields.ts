const NONE: Readonly<Record<string, unknown>> = Object.freeze(
  Object.create(null) as Record<string, unknown>,
);

/**
 * The fields of each object in `sources` that the model does not use, kept as they were (the
 * first source wins on a name held twice). The record has no prototype, so a `__proto__` or
 * `constructor` key in the file stays plain data. Objects with nothing extra share one frozen
 * empty record: most objects have none, and a prototype-less record is a slow dictionary.
 */
export function extraFields(
  ...sources: readonly (readonly [raw: unknown, known: ReadonlySet<string>])[]
): Readonly<Record<string, unknown>> {
  let extra: Record<string, unknown> | undefined;
  for (const [raw, known] of sources) {
    if (typeof raw !== "object" || raw === null) continue;
    for (const key in raw) {
      if (!Object.hasOwn(raw, key) || known.has(key)) continue;
      extra ??= Object.create(null) as Record<string, unknown>;
      if (!Object.hasOwn(extra, key)) extra[key] = (raw as Record<string, unknown>)[key];
    }
  }
  return extra ?? NONE;
}
