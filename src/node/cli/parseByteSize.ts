const UNITS: ReadonlyMap<string, number> = new Map([
  ["", 1],
  ["b", 1],
  ["kb", 1000],
  ["mb", 1000 ** 2],
  ["gb", 1000 ** 3],
  ["kib", 1024],
  ["mib", 1024 ** 2],
  ["gib", 1024 ** 3],
]);

/**
 * A size written by a person: a number of bytes, or a number with a unit (`KB`, `MB`, `GB` in
 * powers of 1000; `KiB`, `MiB`, `GiB` in powers of 1024; any case). Undefined when it is not
 * one, or is not a whole number of bytes of at least one.
 */
export function parseByteSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (match === null) return undefined;
  const unit = UNITS.get(match[2]!.toLowerCase());
  if (unit === undefined) return undefined;
  const bytes = Number(match[1]) * unit;
  return Number.isSafeInteger(bytes) && bytes >= 1 ? bytes : undefined;
}
