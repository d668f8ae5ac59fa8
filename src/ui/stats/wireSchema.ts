import { z } from "zod";
import { STAT_OBJECT_TYPES } from "../../model/stats/StatObjectType";
import type { StatUpdate } from "../../model/stats/StatUpdate";

// The stream and snapshot as the server sends them (src/node/server/UpdateHub.ts). Parsed
// here, once, at the boundary: a malformed message is dropped and counted, never drawn.

const value = z.union([z.number(), z.string(), z.null()]);

export const wireUpdateSchema = z.object({
  seq: z.number(),
  type: z.enum(STAT_OBJECT_TYPES),
  id: z.string(),
  stat: z.string(),
  value,
  ts: z.number(),
});

export const wireUpdatesSchema = z.array(wireUpdateSchema);

export const snapshotSchema = z.object({
  instance: z.string(),
  seq: z.number(),
  lastEventId: z.string(),
  intervalMs: z.number().positive(),
  values: z.array(
    z.object({
      type: z.enum(STAT_OBJECT_TYPES),
      id: z.string(),
      stat: z.string(),
      value,
      ts: z.number(),
      received: z.number(),
    }),
  ),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export function toStatUpdate(wire: {
  type: StatUpdate["objectType"];
  id: string;
  stat: string;
  value: StatUpdate["value"];
  ts: number;
}): StatUpdate {
  return {
    objectType: wire.type,
    objectId: wire.id,
    statistic: wire.stat,
    value: wire.value,
    timestamp: wire.ts,
  };
}
