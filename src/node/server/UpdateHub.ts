import type { StatUpdate } from "../../model/stats/StatUpdate";
import { splitStatKey } from "../../model/stats/StatKey";
import { StatValues } from "../../model/stats/StatValues";
import { formatEventId } from "./eventId";
import type { StreamClient } from "./StreamClient";

/** An update on the wire: short keys, since the stream carries thousands per second. */
export interface WireUpdate {
  readonly seq: number;
  readonly type: StatUpdate["objectType"];
  readonly id: string;
  readonly stat: string;
  readonly value: StatUpdate["value"];
  readonly ts: number;
  /** "api" on values from the Statistics API source. */
  readonly src?: "api";
}

/** Whether a source's figures can be trusted now (the `source` event and snapshot `sources`). */
export interface SourceStatus {
  readonly source: "api";
  readonly available: boolean;
  readonly reason: string | null;
  readonly since: number;
}

export interface SnapshotEntry extends Omit<WireUpdate, "seq"> {
  /** When the server received the value: browsers judge staleness by it. */
  readonly received: number;
}

export interface Snapshot {
  readonly instance: string;
  readonly seq: number;
  readonly lastEventId: string;
  readonly intervalMs: number;
  readonly values: readonly SnapshotEntry[];
  readonly sources: readonly SourceStatus[];
}

export interface UpdateHubOptions {
  readonly instance: string;
  /** How many updates the ring keeps for resuming clients. */
  readonly ringSize: number;
  /** Updates published within this window go out as one event. */
  readonly flushMs: number;
  /** The periodic interval sources report at, passed to browsers for staleness. */
  readonly intervalMs: number;
  readonly now?: () => number;
}

/** Events larger than this many updates are split, so one resume never makes a giant frame. */
const MAX_UPDATES_PER_EVENT = 2000;

/**
 * Numbers every update, keeps the current values and a bounded ring of recent updates, and
 * broadcasts to stream clients. Updates published close together are coalesced into one
 * event (one JSON serialisation shared by every client) whose id is the last update's seq.
 */
export class UpdateHub {
  readonly values = new StatValues();
  readonly clients = new Set<StreamClient>();
  readonly #options: UpdateHubOptions;
  readonly #ring: (WireUpdate | undefined)[];
  readonly #now: () => number;
  #seq = 0;
  #pending: WireUpdate[] = [];
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #sources = new Map<SourceStatus["source"], SourceStatus>();
  readonly #sourceHealth = new Map<SourceStatus["source"], () => object>();

  constructor(options: UpdateHubOptions) {
    this.#options = options;
    this.#ring = new Array<WireUpdate | undefined>(options.ringSize);
    this.#now = options.now ?? Date.now;
  }

  get instance(): string {
    return this.#options.instance;
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
    return Math.max(1, this.#seq - this.#options.ringSize + 1);
  }

  publish(updates: readonly StatUpdate[]): void {
    const receivedAt = this.#now();
    for (const update of updates) {
      if (!this.values.apply(update, receivedAt)) continue;
      this.#seq += 1;
      const wire: WireUpdate = {
        seq: this.#seq,
        type: update.objectType,
        id: update.objectId,
        stat: update.statistic,
        value: update.value,
        ts: update.timestamp,
        ...(update.source ? { src: update.source } : {}),
      };
      this.#ring[this.#seq % this.#options.ringSize] = wire;
      this.#pending.push(wire);
    }
    if (this.#pending.length > 0 && this.#flushTimer === undefined) {
      this.#flushTimer = setTimeout(() => this.flush(), this.#options.flushMs);
    }
  }

  /** Sends what is pending now (also called by the timer). */
  flush(): void {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    if (this.#pending.length === 0) return;
    // Encoded to bytes once: writing one string to many sockets would encode it per socket.
    const chunk = Buffer.from(this.encode(this.#pending));
    this.#pending = [];
    for (const client of this.clients) client.send(chunk);
  }

  /** Updates after `seq`, or null when some of them have left the ring. */
  since(seq: number): WireUpdate[] | null {
    if (seq > this.#seq) return null;
    if (seq + 1 < this.oldestSeq) return null;
    const out: WireUpdate[] = [];
    // Pending updates are in the ring already but not yet sent to anyone; a resuming client
    // gets them from the next flush, so stop before them to send nothing twice.
    const end = this.#seq - this.#pending.length;
    for (let s = seq + 1; s <= end; s += 1) out.push(this.#ring[s % this.#options.ringSize]!);
    return out;
  }

  /** `updates` events for the given updates, split into bounded events. */
  encode(updates: readonly WireUpdate[]): string {
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

  snapshot(): Snapshot {
    // The snapshot's seq excludes updates still pending, which the next flush delivers.
    const seq = this.snapshotSeq;
    const pending = new Set(this.#pending.map((u) => `${u.type}\u0000${u.id}\u0000${u.stat}`));
    const values: SnapshotEntry[] = [];
    for (const [key, stats] of this.values.entries()) {
      const { objectType: type, objectId: id } = splitStatKey(key);
      for (const [stat, entry] of stats) {
        if (pending.has(`${type}\u0000${id}\u0000${stat}`)) continue;
        values.push({
          type,
          id,
          stat,
          value: entry.value,
          ts: entry.timestamp,
          received: entry.receivedAt,
          ...(entry.source ? { src: entry.source } : {}),
        });
      }
    }
    return {
      instance: this.instance,
      seq,
      lastEventId: formatEventId(this.instance, seq),
      intervalMs: this.#options.intervalMs,
      values,
      sources: [...this.#sources.values()],
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
    for (const client of this.clients) client.close();
    this.clients.clear();
  }
}
