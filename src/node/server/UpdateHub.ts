import type { FeedConfiguration } from "../../model/stats/FeedConfiguration";
import type { StatUpdate } from "../../model/stats/StatUpdate";
import { splitStatKey, statKey } from "../../model/stats/StatKey";
import { StatValues } from "../../model/stats/StatValues";
import type { SourceStatus } from "../../model/stats/wire/SourceStatus";
import {
  toSnapshotEntry,
  type WireSnapshot,
  type WireSnapshotEntry,
} from "../../model/stats/wire/WireSnapshot";
import { toNumberedWireUpdate, type NumberedWireUpdate } from "../../model/stats/wire/WireUpdate";
import { formatEventId } from "./eventId";
import type { LiveHub, LiveState, PublishResult } from "./LiveHub";
import type { ReadScope } from "./ReadScope";
import type { ChunkSource } from "./ReplayPump";
import type { StreamClient } from "./StreamClient";

interface UpdateHubOptions {
  readonly instance: string;
  /** How many updates the ring keeps for resuming clients. */
  readonly ringSize: number;
  /** Updates published within this window go out as one event. */
  readonly flushMs: number;
  /** The periodic interval sources report at, passed to browsers for staleness. */
  readonly intervalMs: number;
  readonly now?: () => number;
  /**
   * How long a stream client whose position is ahead of this hub may wait for it to catch up
   * (ms). Only a hub that mirrors a log others write to can be behind a client's position.
   */
  readonly aheadWaitMs?: number;
  /** The configuration this server loaded, stated in every snapshot. */
  readonly configuration?: FeedConfiguration | null;
}

/** An update numbered by the log it came from, with when that log's server received it. */
export interface NumberedUpdate {
  readonly seq: number;
  readonly update: StatUpdate;
  readonly receivedAt: number;
}

/** Events larger than this many updates are split, so one resume never makes a giant frame. */
const MAX_UPDATES_PER_EVENT = 2000;
/** Updates encoded together by one flush: a few megabytes of text at most. */
const FLUSH_SLICE_UPDATES = 20_000;
/** Updates encoded per chunk of a replay: a few hundred microseconds of work each. */
const REPLAY_CHUNK_UPDATES = 500;
/** Bytes of an encoded snapshot written per chunk of a reset. */
const RESET_CHUNK_BYTES = 64 * 1024;

/**
 * Numbers every update, keeps the current values and a bounded ring of recent updates, and
 * broadcasts to stream clients. Updates published close together are coalesced into one
 * event (one JSON serialisation shared by every client) whose id is the last update's seq.
 * This is the default hub, whose live state is lost on restart; `RedisHub` keeps one as the
 * local mirror of the shared log, numbered by Redis (`appendNumbered`, `restartAt`).
 */
export class UpdateHub implements LiveHub {
  readonly values = new StatValues();
  readonly clients = new Set<StreamClient>();
  readonly #options: UpdateHubOptions;
  readonly #ring: (NumberedWireUpdate | undefined)[];
  readonly #now: () => number;
  #instance: string;
  #seq = 0;
  /** The first seq the ring can hold: a mirror starts where the shared log was. */
  #first = 1;
  #waiters: { seq: number; resolve: (reached: boolean) => void }[] = [];
  #pending: NumberedWireUpdate[] = [];
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #fromSources = new Set<string>();
  /** The reset event by scope key ("" for everything), while nothing has changed since. */
  #encodedResets = new Map<string, { seq: number; version: number; bytes: Buffer }>();
  readonly #sources = new Map<SourceStatus["source"], SourceStatus>();
  readonly #sourceHealth = new Map<SourceStatus["source"], () => object>();

  constructor(options: UpdateHubOptions) {
    this.#options = options;
    this.#ring = new Array<NumberedWireUpdate | undefined>(options.ringSize);
    this.#now = options.now ?? Date.now;
    this.#instance = options.instance;
  }

  get instance(): string {
    return this.#instance;
  }

  liveState(): LiveState {
    return { store: "memory (lost on restart)", ready: true };
  }

  get seq(): number {
    return this.#seq;
  }

  /** The last seq already sent to clients (or to be sent by a replay): what a snapshot reflects. */
  get snapshotSeq(): number {
    return this.#seq - this.#pending.length;
  }

  /** The oldest seq still in the ring. */
  get oldestSeq(): number {
    return Math.max(this.#first, this.#seq - this.#options.ringSize + 1);
  }

  /**
   * Publishes what changes a value. Returns how many updates were dropped because the value
   * held is newer, so that a feeder is never told a dropped update was accepted. The
   * simulator's updates never replace a value a real source (OCS, a feeder) has set: a
   * statistic is the simulator's only until something real reports it.
   */
  publish(
    updates: readonly StatUpdate[],
    origin: "source" | "simulator" = "source",
  ): PublishResult {
    const receivedAt = this.#now();
    let superseded = 0;
    for (const update of updates) {
      const key = `${statKey(update.objectType, update.objectId)}\u0000${update.statistic}`;
      if (origin === "simulator" && this.#fromSources.has(key)) continue;
      // A real source's first value of a statistic takes it over from the simulator, whatever
      // the simulator's timestamp; from then on the newest of the real sources' values wins.
      const takesOver = origin === "source" && !this.#fromSources.has(key);
      if (!takesOver && this.values.holdsNewer(update)) {
        superseded += 1;
        continue;
      }
      if (!this.values.apply(update, receivedAt, takesOver)) continue;
      if (origin === "source") this.#fromSources.add(key);
      this.#seq += 1;
      const wire = toNumberedWireUpdate(this.#seq, update);
      this.#ring[this.#seq % this.#options.ringSize] = wire;
      this.#pending.push(wire);
    }
    this.#scheduleFlush();
    return { superseded };
  }

  /**
   * Appends updates a shared log has already numbered and judged (newer than the value held),
   * in order and without gaps: the mirror's side of `publish`.
   */
  appendNumbered(updates: readonly NumberedUpdate[]): void {
    for (const { seq, update, receivedAt } of updates) {
      if (seq !== this.#seq + 1) {
        throw new Error(`update ${seq} does not follow ${this.#seq}`);
      }
      this.values.apply(update, receivedAt, true);
      this.#seq = seq;
      const wire = toNumberedWireUpdate(seq, update);
      this.#ring[this.#seq % this.#options.ringSize] = wire;
      this.#pending.push(wire);
    }
    this.#scheduleFlush();
  }

  /**
   * Starts over as a mirror of a log at `seq` under `instance`: the values held then, and the
   * log's updates up to `seq` that it still has (consecutive, ending at `seq`), for resuming
   * clients. Open streams are closed: they reconnect and resume or reset against the new state.
   */
  restartAt(
    instance: string,
    seq: number,
    values: Iterable<{ readonly update: StatUpdate; readonly receivedAt: number }>,
    history: readonly NumberedUpdate[],
  ): void {
    this.#closeStreams();
    this.#pending = [];
    this.#encodedResets.clear();
    this.#fromSources.clear();
    this.values.clear();
    this.#ring.fill(undefined);
    this.#instance = instance;
    this.#seq = seq;
    this.#first = seq + 1;
    for (const { update, receivedAt } of values) this.values.apply(update, receivedAt, true);
    const kept = history.slice(-this.#options.ringSize);
    if (kept.length > 0 && kept[kept.length - 1]!.seq === seq) {
      this.#first = kept[0]!.seq;
      for (const { seq: at, update } of kept) {
        this.#ring[at % this.#options.ringSize] = toNumberedWireUpdate(at, update);
      }
    }
  }

  /**
   * Whether this hub has sent (or will replay) every update up to `seq`, waiting up to
   * `aheadWaitMs` for a mirror to catch up with a client that another server served.
   */
  caughtUp(seq: number): Promise<boolean> {
    if (seq <= this.snapshotSeq) return Promise.resolve(true);
    const waitMs = this.#options.aheadWaitMs ?? 0;
    if (waitMs <= 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter = {
        seq,
        resolve: (reached: boolean) => {
          clearTimeout(timer);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        resolve(false);
      }, waitMs);
      this.#waiters.push(waiter);
    });
  }

  #scheduleFlush(): void {
    if (this.#pending.length > 0 && this.#flushTimer === undefined) {
      this.#flushTimer = setTimeout(() => this.flush(), this.#options.flushMs);
    }
  }

  /** Sends what is pending now (also called by the timer). */
  flush(): void {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    if (this.#pending.length === 0) return;
    const pending = this.#pending;
    this.#pending = [];
    // A simulator's warm-up or a long stall can leave millions pending: encoded whole, they
    // would outgrow the longest string JavaScript holds. Slices keep every encoding small.
    for (let start = 0; start < pending.length; start += FLUSH_SLICE_UPDATES) {
      this.#broadcast(pending.slice(start, start + FLUSH_SLICE_UPDATES));
    }
    if (this.#waiters.length > 0) {
      const reached = this.#waiters.filter((w) => w.seq <= this.snapshotSeq);
      this.#waiters = this.#waiters.filter((w) => w.seq > this.snapshotSeq);
      for (const waiter of reached) waiter.resolve(true);
    }
  }

  /**
   * Writes updates to every client. Encoded to bytes once per scope: writing one string to many
   * sockets would encode it per socket, and clients allowed everything (the usual case) share a
   * single encoding.
   */
  #broadcast(updates: readonly NumberedWireUpdate[]): void {
    let everything: Buffer | undefined;
    const scoped = new Map<string, Buffer | null>();
    for (const client of this.clients) {
      const scope = client.scope;
      if (scope === null) {
        everything ??= Buffer.from(this.encode(updates));
        client.send(everything);
        continue;
      }
      let chunk = scoped.get(scope.key);
      if (chunk === undefined) {
        const part = updates.filter((u) => scope.allows(u.type, u.id));
        chunk = part.length > 0 ? Buffer.from(this.encode(part)) : null;
        scoped.set(scope.key, chunk);
      }
      if (chunk !== null) client.send(chunk);
    }
  }

  /**
   * The updates after `after` up to `end`, encoded a chunk at a time as they are asked for, so
   * a replay never exists whole in memory. Throws if the next update has left the ring.
   */
  replaySource(after: number, end: number, scope: ReadScope | null = null): ChunkSource {
    let next = after + 1;
    return {
      next: () => {
        for (;;) {
          if (next > end) return null;
          if (next < this.oldestSeq) throw new Error(`update ${next} has left the ring`);
          const last = Math.min(end, next + REPLAY_CHUNK_UPDATES - 1);
          const part: NumberedWireUpdate[] = [];
          for (let s = next; s <= last; s += 1) {
            const wire = this.#ring[s % this.#options.ringSize]!;
            if (scope === null || scope.allows(wire.type, wire.id)) part.push(wire);
          }
          next = last + 1;
          if (part.length > 0) return Buffer.from(this.encode(part));
        }
      },
    };
  }

  /**
   * A `reset` event carrying the whole snapshot, in chunks. The encoding is shared by every
   * client asking while nothing changed, so a crowd of resetting clients costs one snapshot.
   */
  resetSource(scope: ReadScope | null = null): ChunkSource {
    const seq = this.snapshotSeq;
    const version = this.values.version;
    const key = scope === null ? "" : `scope:${scope.key}`;
    let encoded = this.#encodedResets.get(key);
    if (encoded?.seq !== seq || encoded.version !== version) {
      const snapshot = this.snapshot(scope);
      encoded = {
        seq,
        version,
        bytes: Buffer.from(
          `id: ${snapshot.lastEventId}\nevent: reset\ndata: ${JSON.stringify(snapshot)}\n\n`,
        ),
      };
      // Stale encodings of other scopes go: the map holds at most the scopes asked since the change.
      for (const [other, kept] of this.#encodedResets) {
        if (kept.seq !== seq || kept.version !== version) this.#encodedResets.delete(other);
      }
      this.#encodedResets.set(key, encoded);
    }
    const bytes = encoded.bytes;
    let offset = 0;
    return {
      next: () => {
        if (offset >= bytes.length) return null;
        const chunk = bytes.subarray(offset, offset + RESET_CHUNK_BYTES);
        offset += chunk.length;
        return chunk;
      },
    };
  }

  /** `updates` events for the given updates, split into bounded events. */
  encode(updates: readonly NumberedWireUpdate[]): string {
    let chunk = "";
    for (let start = 0; start < updates.length; start += MAX_UPDATES_PER_EVENT) {
      const part = updates.slice(start, start + MAX_UPDATES_PER_EVENT);
      const last = part[part.length - 1]!;
      chunk +=
        `id: ${formatEventId(this.instance, last.seq)}\n` +
        `event: updates\n` +
        `data: ${JSON.stringify(part)}\n\n`;
    }
    return chunk;
  }

  /** The current values, only those `scope` allows when one is given. */
  snapshot(scope: ReadScope | null = null): WireSnapshot {
    // The snapshot's seq excludes updates still pending, which the next flush delivers.
    const seq = this.snapshotSeq;
    const pending = new Set(this.#pending.map((u) => `${u.type}\u0000${u.id}\u0000${u.stat}`));
    const values: WireSnapshotEntry[] = [];
    for (const [key, stats] of this.values.entries()) {
      const { objectType: type, objectId: id } = splitStatKey(key);
      if (scope !== null && !scope.allows(type, id)) continue;
      for (const [stat, entry] of stats) {
        if (pending.has(`${type}\u0000${id}\u0000${stat}`)) continue;
        const update = {
          objectType: type,
          objectId: id,
          statistic: stat,
          value: entry.value,
          timestamp: entry.timestamp,
          source: entry.source,
        };
        values.push(toSnapshotEntry(update, entry.receivedAt));
      }
    }
    return {
      instance: this.instance,
      seq,
      lastEventId: formatEventId(this.instance, seq),
      intervalMs: this.#options.intervalMs,
      values,
      sources: [...this.#sources.values()],
      // Its counts and fingerprint span every tenant: a reader limited to some is not told,
      // and its page matches the feed by the objects it has figures for.
      ...(this.#options.configuration && scope === null
        ? { configuration: this.#options.configuration }
        : {}),
    };
  }

  /**
   * Records and broadcasts a source's availability. Pending updates go out first, so a client
   * never reads a value sent before the change as if it came after.
   */
  setSourceStatus(status: SourceStatus): void {
    this.#sources.set(status.source, status);
    this.flush();
    const chunk = Buffer.from(this.encodeSources([status]));
    for (const client of this.clients) client.send(chunk);
  }

  /** `source` events for the given statuses (all known ones by default). */
  encodeSources(statuses: readonly SourceStatus[] = [...this.#sources.values()]): string {
    return statuses.map((s) => `event: source\ndata: ${JSON.stringify(s)}\n\n`).join("");
  }

  /** Registers what /api/health reports for a source beside its status. */
  setSourceHealth(source: SourceStatus["source"], read: () => object): void {
    this.#sourceHealth.set(source, read);
  }

  sourceHealth(): object[] {
    return [...this.#sourceHealth].map(([source, read]) => ({
      ...(this.#sources.get(source) ?? { source }),
      ...read(),
    }));
  }

  close(): void {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    this.#closeStreams();
  }

  #closeStreams(): void {
    for (const client of this.clients) client.close();
    this.clients.clear();
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) waiter.resolve(false);
  }
}
