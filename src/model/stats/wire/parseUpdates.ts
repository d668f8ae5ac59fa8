import type { StatUpdate } from "../StatUpdate";
import { fromWireUpdate, wireUpdateSchema } from "./WireUpdate";

/**
 * An `updates` event's data: the entries that parse, and how many did not; null if it is not
 * a list. A malformed entry is dropped and counted, never drawn, and the entries beside it
 * still apply.
 */
export function parseUpdates(
  data: unknown,
): { readonly updates: StatUpdate[]; readonly dropped: number } | null {
  if (!Array.isArray(data)) return null;
  const updates: StatUpdate[] = [];
  let dropped = 0;
  for (const entry of data) {
    const parsed = wireUpdateSchema.safeParse(entry);
    if (parsed.success) updates.push(fromWireUpdate(parsed.data));
    else dropped += 1;
  }
  return { updates, dropped };
}
