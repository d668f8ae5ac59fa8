import * as z from "zod/mini";
import type { FeedConfiguration } from "../FeedConfiguration";
import type { StatUpdate } from "../StatUpdate";
import { sourceStateFromWire, type SourceState } from "./SourceStatus";
import { fromWireUpdate, wireUpdateSchema } from "./WireUpdate";

/** A snapshot as read (`WireSnapshot` as written). */
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

const snapshotEntrySchema = z.extend(wireUpdateSchema, { received: z.number() });

const configurationSchema = z.object({
  files: z.array(z.string()),
  objects: z.number().check(z.nonnegative()),
  fingerprint: z.string(),
  simulated: z.optional(z.boolean()),
});

// The envelope must hold for the snapshot to mean anything; its lists are read entry by
// entry below, so that one bad entry costs only itself.
const envelopeSchema = z.object({
  instance: z.string(),
  seq: z.number(),
  lastEventId: z.string(),
  intervalMs: z.number().check(z.positive()),
  values: z.array(z.unknown()),
  sources: z.optional(z.array(z.unknown())),
  configuration: z.optional(z.unknown()),
});

/**
 * A snapshot (`/api/snapshot`, or a `reset` event's data). Throws, saying where, when its
 * envelope is not a snapshot; entries that do not parse are left out and counted, sources
 * this version does not know are left out.
 */
export function parseSnapshot(data: unknown): Snapshot {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    throw new Error(`The statistics snapshot is malformed${where}: ${issue?.message ?? ""}`);
  }
  const { instance, seq, lastEventId, intervalMs } = envelope.data;
  const values: { update: StatUpdate; receivedAt: number }[] = [];
  let dropped = 0;
  for (const entry of envelope.data.values) {
    const parsed = snapshotEntrySchema.safeParse(entry);
    if (parsed.success) {
      values.push({ update: fromWireUpdate(parsed.data), receivedAt: parsed.data.received });
    } else dropped += 1;
  }
  const sources: SourceState[] = [];
  for (const entry of envelope.data.sources ?? []) {
    const state = sourceStateFromWire(entry);
    if (state) sources.push(state);
  }
  const stated = configurationSchema.safeParse(envelope.data.configuration);
  const configuration = stated.success
    ? { ...stated.data, simulated: stated.data.simulated ?? false }
    : null;
  return { instance, seq, lastEventId, intervalMs, values, sources, configuration, dropped };
}
