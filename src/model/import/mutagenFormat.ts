import type { ConfigFormat } from "../config/objects";

/** The formats by the name a mutagen export gives in `__metadata__.formatName`. */
export const MUTAGEN_FORMATS: ReadonlyMap<unknown, ConfigFormat> = new Map([
  ["JSON", "mutagen-json"],
  ["COMPACT_JSON", "mutagen-compact-json"],
  ["RAW", "mutagen-raw"],
]);

/** The format a mutagen export's `__metadata__` names, or undefined when it names none read. */
export function mutagenFormat(metadata: unknown): ConfigFormat | undefined {
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata))
    return undefined;
  if (!Object.hasOwn(metadata, "formatName")) return undefined;
  return MUTAGEN_FORMATS.get((metadata as Record<string, unknown>).formatName);
}
