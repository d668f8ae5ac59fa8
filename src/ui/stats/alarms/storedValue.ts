import type * as z from "zod/mini";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage disabled by the browser's privacy settings.
    return null;
  }
}

/**
 * A value kept in local storage, parsed with `schema` on read. Anything missing, unreadable
 * or not of the schema's shape (another version's, or edited by hand) gives `fallback`.
 */
export function readStored<T>(key: string, schema: z.ZodMiniType<T>, fallback: T): T {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return fallback;
  }
  if (raw === null || raw === undefined) return fallback;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fallback;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : fallback;
}

/** Keeps a value; a full or disabled storage keeps it for this page only. */
export function writeStored(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota exceeded or storage refused: the caller still holds the value in memory.
  }
}
