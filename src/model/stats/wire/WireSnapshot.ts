import type { FeedConfiguration } from "../FeedConfiguration";
import type { StatUpdate } from "../StatUpdate";
import type { SourceStatus } from "./SourceStatus";
import { wireSourceCode } from "./wireSourceCode";
import type { WireUpdate } from "./WireUpdate";

export interface WireSnapshotEntry extends WireUpdate {
  /** When the server received the value: browsers judge staleness by it. */
  readonly received: number;
}

/**
 * Every current value as a server writes it: `/api/snapshot`, and the data of a `reset`
 * event. `lastEventId` is the stream position the values reflect, from which a client resumes.
 */
export interface WireSnapshot {
  readonly instance: string;
  readonly seq: number;
  readonly lastEventId: string;
  /** The periodic interval sources report at, for judging staleness. */
  readonly intervalMs: number;
  readonly values: readonly WireSnapshotEntry[];
  readonly sources: readonly SourceStatus[];
  /** The configuration the figures are for, when the server states it. */
  readonly configuration?: FeedConfiguration;
}

/** A snapshot's entry: `toWireUpdate`'s form with when the server received the value. */
export function toSnapshotEntry(update: StatUpdate, receivedAt: number): WireSnapshotEntry {
  return {
    type: update.objectType,
    id: update.objectId,
    stat: update.statistic,
    value: update.value,
    ts: update.timestamp,
    received: receivedAt,
    src: update.source === undefined ? undefined : wireSourceCode(update.source),
  };
}
