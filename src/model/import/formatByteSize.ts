const UNITS = ["bytes", "KiB", "MiB", "GiB", "TiB"] as const;

/**
 * A size for a person, in powers of 1024 with one decimal at most: `812 bytes`, `256 MiB`,
 * `1.5 GiB`; when that rounds, the exact count follows, `2.7 KiB (2734 bytes)`, so two sizes
 * a message compares never look equal.
 */
export function formatByteSize(bytes: number): string {
  let unit = 0;
  while (bytes >= 1024 ** (unit + 1) && unit < UNITS.length - 1) unit += 1;
  if (unit === 0) return `${bytes} bytes`;
  const shown = Math.round((bytes / 1024 ** unit) * 10) / 10;
  const exact = shown * 1024 ** unit === bytes;
  return `${shown} ${UNITS[unit]}${exact ? "" : ` (${bytes} bytes)`}`;
}
