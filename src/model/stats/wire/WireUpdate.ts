// zod/mini: the app parses every stream message with these schemas in its first load, where
// the full API would weigh about 25 kB more.
import * as z from "zod/mini";
import { STAT_OBJECT_TYPES } from "../StatObjectType";
import type { StatUpdate } from "../StatUpdate";
import { sourceFromWire, wireSourceCode } from "./wireSourceCode";

/** A statistic's value on the wire: what `StatValue` allows. */
export const wireValueSchema = z.union([z.number(), z.string(), z.null()]);

/**
 * One update on the wire, with short keys since the stream carries thousands a second. Fields
 * a reader does not know (a newer server's) are ignored, not refused.
 */
export const wireUpdateSchema = z.object({
  type: z.enum(STAT_OBJECT_TYPES),
  id: z.string(),
  stat: z.string(),
  value: wireValueSchema,
  ts: z.number(),
  // Where the value came from; absent (an older server) or a code this version does not know
  // (a newer server's) reads as unknown, never as an error.
  src: z.optional(z.unknown()),
});

/** An update as a server writes it (the `updates` event, the snapshot, the shared log). */
export interface WireUpdate {
  readonly type: StatUpdate["objectType"];
  readonly id: string;
  readonly stat: string;
  readonly value: StatUpdate["value"];
  readonly ts: number;
  /** Where the value came from: "api", "ocs", "feed" or "sim" (`wireSourceCode`). */
  readonly src?: string;
}

/** An entry of an `updates` event: the update and its position in the server's log. */
export interface NumberedWireUpdate extends WireUpdate {
  readonly seq: number;
}

/**
 * An update's wire form, as the server's writers make it (thousands a second, hence a literal
 * rather than a copy). `src` is undefined when the source was not said: JSON leaves it out.
 */
export function toWireUpdate(update: StatUpdate): WireUpdate {
  return {
    type: update.objectType,
    id: update.objectId,
    stat: update.statistic,
    value: update.value,
    ts: update.timestamp,
    src: update.source === undefined ? undefined : wireSourceCode(update.source),
  };
}

/** An entry of an `updates` event: `toWireUpdate`'s form with the update's position. */
export function toNumberedWireUpdate(seq: number, update: StatUpdate): NumberedWireUpdate {
  return {
    seq,
    type: update.objectType,
    id: update.objectId,
    stat: update.statistic,
    value: update.value,
    ts: update.timestamp,
    src: update.source === undefined ? undefined : wireSourceCode(update.source),
  };
}

/** The update a parsed wire entry stands for. */
export function fromWireUpdate(wire: z.infer<typeof wireUpdateSchema>): StatUpdate {
  const source = sourceFromWire(wire.src);
  return {
    objectType: wire.type,
    objectId: wire.id,
    statistic: wire.stat,
    value: wire.value,
    timestamp: wire.ts,
    // No `source` key at all for an unknown one: a reader tells "not said" by its absence.
    ...(source && { source }),
  };
}

/** The update an untrusted entry stands for; null when it is not one. */
export function parseWireUpdate(data: unknown): StatUpdate | null {
  const parsed = wireUpdateSchema.safeParse(data);
  return parsed.success ? fromWireUpdate(parsed.data) : null;
}
