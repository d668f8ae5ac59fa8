import type { StatUpdate } from "../../model/stats/StatUpdate";
import type { StatValues } from "../../model/stats/StatValues";
import type { SourceStatus } from "../../model/stats/wire/SourceStatus";
import type { WireSnapshot } from "../../model/stats/wire/WireSnapshot";
import type { ReadScope } from "./ReadScope";
import type { ChunkSource } from "./ReplayPump";
import type { StreamClient } from "./StreamClient";

export interface PublishResult {
  /** Updates dropped because the value held is newer. */
  readonly superseded: number;
}

/** Where the live state (the update log and the last values) is kept, and whether it can be used now. */
export interface LiveState {
  readonly store: "memory (lost on restart)" | "redis";
  /** False while the store cannot be reached: publishing fails and the stream does not move. */
  readonly ready: boolean;
  /** Why it is not ready, when it is not. */
  readonly reason?: string;
}

/**
 * What the stream, the feeders, the simulator and health need of the live state: the in-memory
 * `UpdateHub` (the default) and `RedisHub` (shared by several servers, surviving restarts).
 *
 * Positions: every update has a `seq`, consecutive within an `instance`. A client's event id
 * is `<instance>-<seq>`; an id of another instance means the state it was built on is gone,
 * and the client gets a reset.
 */
export interface LiveHub {
  readonly instance: string;
  /** The current values as this server sees them (a mirror's may trail the shared log briefly). */
  readonly values: StatValues;
  readonly clients: Set<StreamClient>;
  readonly seq: number;
  /** The last seq already sent to clients (or to be sent by a replay): what a snapshot reflects. */
  readonly snapshotSeq: number;
  /** The oldest seq a replay can start from. */
  readonly oldestSeq: number;
  /**
   * Publishes what changes a value. Resolves to how many updates were dropped because the
   * value held is newer. Rejects when the live state cannot be reached: nothing was accepted.
   */
  publish(
    updates: readonly StatUpdate[],
    origin?: "source" | "simulator",
  ): PublishResult | Promise<PublishResult>;
  /** Sends what is pending now. */
  flush(): void;
  /** The updates after `after` up to `end`; only those `scope` allows when one is given. */
  replaySource(after: number, end: number, scope?: ReadScope | null): ChunkSource;
  /** A `reset` event with the snapshot `scope` allows (everything by default). */
  resetSource(scope?: ReadScope | null): ChunkSource;
  snapshot(scope?: ReadScope | null): WireSnapshot;
  /** Resolves true once this server has every update up to `seq` of its current instance. */
  caughtUp(seq: number): Promise<boolean>;
  liveState(): LiveState;
  /** Records and broadcasts a source's availability (this server's sources: each runs its own). */
  setSourceStatus(status: SourceStatus): void;
  /** `source` events for the given statuses (all known ones by default). */
  encodeSources(statuses?: readonly SourceStatus[]): string;
  /** Registers what /api/health reports for a source beside its status. */
  setSourceHealth(source: SourceStatus["source"], read: () => object): void;
  sourceHealth(): object[];
  close(): void | Promise<void>;
}
