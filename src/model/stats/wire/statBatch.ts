// The full zod API: only the server reads batches, and its messages (in English, which
// zod/mini leaves out) go back to the feeder that sent the batch.
import * as z from "zod";
import { STAT_OBJECT_TYPES } from "../StatObjectType";
import type { StatUpdate } from "../StatUpdate";
import { STATISTIC_NAME_PATTERN } from "../statisticName";

const MAX_BATCH_ITEMS = 10_000;

const timestamp = z.union([
  z.number().int().nonnegative().max(8.64e15, "beyond the last date JavaScript can represent"),
  z.iso.datetime({ offset: true }).transform((iso) => Date.parse(iso)),
]);

/**
 * One item of a POST /api/stats batch, as a Stat Server or Statistics API client would
 * forward it: the object by Stat Server type and id, a statistic name, a value, and when it
 * was true (ms since the epoch or ISO 8601; omitted: when it arrived).
 */
const itemSchema = z.strictObject({
  objectType: z.enum(STAT_OBJECT_TYPES),
  objectId: z.string().min(1).max(1024),
  statistic: z
    .string()
    .min(1)
    .max(128)
    .regex(STATISTIC_NAME_PATTERN, "a statistic name is letters, digits and _ . : -"),
  value: z.union([z.number().finite(), z.string().max(1024), z.null()]),
  timestamp: timestamp.optional(),
});

/** The body of POST /api/stats: one to `MAX_BATCH_ITEMS` items. */
export const statBatchSchema = z.array(itemSchema).min(1).max(MAX_BATCH_ITEMS);

/** The updates a parsed batch stands for, each from a feeder; `now` for an item that gave no time. */
export function batchUpdates(items: z.output<typeof statBatchSchema>, now: number): StatUpdate[] {
  return items.map((item) => ({
    objectType: item.objectType,
    objectId: item.objectId,
    statistic: item.statistic,
    value: item.value,
    timestamp: item.timestamp ?? now,
    source: "feeder" as const,
  }));
}
