import { z } from "zod/mini";
import type { FeedConfiguration } from "../../model/stats/FeedConfiguration";
import { STAT_OBJECT_TYPES } from "../../model/stats/StatObjectType";
import { sourceFromWire } from "../../model/stats/StatSource";
import type { StatUpdate } from "../../model/stats/StatUpdate";

// The stream and snapshot as the server sends them (src/node/server/UpdateHub.ts). Parsed
// here, once, at the boundary. Nothing the server (or a proxy, or a newer server) sends may
// break the stream: a malformed entry is dropped and counted, never drawn, and the entries
// beside it still apply; fields this browser does not know are ignored.

const value = z.union([z.number(), z.string(), z.null()]);

const wireValueSchema = z.object({
  type: z.enum(STAT_OBJECT_TYPES),
  id: z.string(),
  stat: z.string(),
  value,
  ts: z.number(),
  // Where the value came from; absent (an older server) or a code this browser does not know
  // (a newer server's) reads as unknown, never as an error.
  src: z.optional(z.unknown()),
});
type WireValue = z.infer<typeof wireValueSchema>;

const snapshotValueSchema = z.extend(wireValueSchema, { received: z.number() });

/** The `source` event, and an entry of the snapshot's `sources`. */
const sourceStateSchema = z.object({
  source: z.string(),
  available: z.boolean(),
  reason: z.optional(z.nullable(z.string())),
  since: z.optional(z.number()),
});

/** Whether a source that can go down as a whole is available, as the server says it. */
export interface SourceState {
  readonly source: "api";
  readonly available: boolean;
  readonly reason: string | null;
  /** When it went down or came back (ms since the epoch), when the server said. */
  readonly since: number | null;
}

/** The configuration the server states its figures are for. */
const configurationSchema = z.object({
  files: z.array(z.string()),
  objects: z.number().check(z.nonnegative()),
  fingerprint: z.string(),
  simulated: z.optional(z.boolean()),
});

const snapshotEnvelopeSchema = z.object({
  instance: z.string(),
  seq: z.number(),
  lastEventId: z.string(),
  intervalMs: z.number().check(z.positive()),
  values: z.array(z.unknown()),
  sources: z.optional(z.array(z.unknown())),
  configuration: z.optional(z.unknown()),
});

export interface Snapshot {
  readonly instance: string;
  readonly seq: number;
  readonly lastEventId: string;
  readonly intervalMs: number;
  readonly values: readonly { readonly update: StatUpdate; readonly receivedAt: number }[];
  readonly sources: readonly SourceState[];
  /**
   * The configuration the server says its figures are for; null when it does not say (an
   * older server, a reader limited to some tenants) or says it in a shape not understood.
   */
  readonly configuration: FeedConfiguration | null;
  /** Entries that did not parse and were left out. */
  readonly dropped: number;
}

export function toStatUpdate(wire: WireValue): StatUpdate {
  const update = {
    objectType: wire.type,
    objectId: wire.id,
    statistic: wire.stat,
    value: wire.value,
    timestamp: wire.ts,
  };
  const source = sourceFromWire(wire.src);
  return source === undefined ? update : { ...update, source };
}

function toSourceState(data: unknown): SourceState | null {
  const parsed = sourceStateSchema.safeParse(data);
  if (!parsed.success || parsed.data.source !== "api") return null;
  const { available, reason, since } = parsed.data;
  return { source: "api", available, reason: reason ?? null, since: since ?? null };
}

/** An `updates` message: the entries that parse, and how many did not; null if not a list. */
export function parseUpdates(
  data: unknown,
): { readonly updates: StatUpdate[]; readonly dropped: number } | null {
  if (!Array.isArray(data)) return null;
  const updates: StatUpdate[] = [];
  let dropped = 0;
  for (const entry of data) {
    const parsed = wireValueSchema.safeParse(entry);
    if (parsed.success) updates.push(toStatUpdate(parsed.data));
    else dropped += 1;
  }
  return { updates, dropped };
}

/**
 * A `source` event: null when malformed; `state` null for a source this browser does not know
 * (a newer server's), which is ignored rather than counted as bad.
 */
export function parseSourceEvent(data: unknown): { readonly state: SourceState | null } | null {
  if (!sourceStateSchema.safeParse(data).success) return null;
  return { state: toSourceState(data) };
}

/**
 * A snapshot (`/api/snapshot`, or a `reset` event's data). Throws, saying where, when its
 * envelope is not a snapshot; entries that do not parse are left out and counted.
 */
export function parseSnapshot(data: unknown): Snapshot {
  const envelope = snapshotEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    throw new Error(`The statistics snapshot is malformed${where}: ${issue?.message ?? ""}`);
  }
  const { instance, seq, lastEventId, intervalMs } = envelope.data;
  const values: { update: StatUpdate; receivedAt: number }[] = [];
  let dropped = 0;
  for (const entry of envelope.data.values) {
    const parsed = snapshotValueSchema.safeParse(entry);
    if (parsed.success) {
      values.push({ update: toStatUpdate(parsed.data), receivedAt: parsed.data.received });
    } else dropped += 1;
  }
  const sources: SourceState[] = [];
  for (const entry of envelope.data.sources ?? []) {
    const state = toSourceState(entry);
    if (state) sources.push(state);
  }
  const stated = configurationSchema.safeParse(envelope.data.configuration);
  const configuration = stated.success
    ? { ...stated.data, simulated: stated.data.simulated ?? false }
    : null;
  return { instance, seq, lastEventId, intervalMs, values, sources, configuration, dropped };
}
