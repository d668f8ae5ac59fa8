import * as z from "zod/mini";

/**
 * Whether a source that can go down as a whole can be trusted now, as a server writes it in a
 * `source` event and in the snapshot's `sources`. Only the Statistics API can, today.
 */
export interface SourceStatus {
  readonly source: "api";
  readonly available: boolean;
  readonly reason: string | null;
  /** When it went down or came back (ms since the epoch). */
  readonly since: number;
}

/** A `SourceStatus` as read: an older server may leave out the reason and when. */
export interface SourceState extends Omit<SourceStatus, "since"> {
  readonly since: number | null;
}

const sourceStatusSchema = z.object({
  source: z.string(),
  available: z.boolean(),
  reason: z.optional(z.nullable(z.string())),
  since: z.optional(z.number()),
});

/** A well-formed status of a source this version knows; null for anything else. */
export function sourceStateFromWire(data: unknown): SourceState | null {
  const parsed = sourceStatusSchema.safeParse(data);
  if (!parsed.success || parsed.data.source !== "api") return null;
  const { available, reason, since } = parsed.data;
  return { source: "api", available, reason: reason ?? null, since: since ?? null };
}

/**
 * A `source` event's data: null when malformed; `state` null for a source this version does
 * not know (a newer server's), which is ignored rather than counted as bad.
 */
export function parseSourceEvent(data: unknown): { readonly state: SourceState | null } | null {
  if (!sourceStatusSchema.safeParse(data).success) return null;
  return { state: sourceStateFromWire(data) };
}
