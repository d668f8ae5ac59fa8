import type { ServerResponse } from "node:http";
import type { ReadScope } from "./ReadScope";
import type { ChunkSource, ReplayPump, Replaying } from "./ReplayPump";

/**
 * One open event stream. Writes respect back-pressure: once `res.write()` returns false, later
 * events wait in a queue until the socket drains. A replay (a resuming client's missed updates,
 * or a reset's snapshot) is written before anything queued, a chunk at a time through the pump,
 * and only while the socket takes it. The queue is bounded in bytes, replay or not; a client
 * that falls further behind is disconnected rather than buffered without limit. Its EventSource
 * reconnects with Last-Event-ID and resumes from the ring buffer (or gets a snapshot if it fell
 * out of it), so a slow client loses time, never updates.
 */
export class StreamClient implements Replaying {
  readonly #res: ServerResponse;
  readonly #maxQueuedBytes: number;
  readonly #onSlow: () => void;
  readonly #pump: ReplayPump;
  // Live events are Buffers shared by every client: queueing one costs a reference, not a copy.
  #queue: (string | Buffer)[] = [];
  #queuedBytes = 0;
  #replay: ChunkSource | null = null;
  #replayDone: (() => void) | null = null;
  #blocked = false;
  #closed = false;

  /** What this client may see: the hub encodes each event once per distinct scope. */
  readonly scope: ReadScope | null;

  constructor(
    res: ServerResponse,
    maxQueuedBytes: number,
    pump: ReplayPump,
    onSlow: () => void,
    scope: ReadScope | null = null,
  ) {
    this.scope = scope;
    this.#res = res;
    this.#maxQueuedBytes = maxQueuedBytes;
    this.#pump = pump;
    this.#onSlow = onSlow;
    res.on("drain", () => this.#drain());
  }

  get closed(): boolean {
    return this.#closed || this.#res.destroyed;
  }

  get queuedBytes(): number {
    return this.#queuedBytes;
  }

  /** Whether a replay is still being written. */
  get replaying(): boolean {
    return this.#replay !== null;
  }

  send(chunk: string | Buffer): void {
    if (this.closed) return;
    if (this.#blocked || this.#replay !== null || this.#queue.length > 0) {
      this.#queue.push(chunk);
      this.#queuedBytes += chunk.length;
      if (this.#queuedBytes > this.#maxQueuedBytes) this.#slow();
      return;
    }
    if (!this.#res.write(chunk)) this.#blocked = true;
  }

  /** Writes `source` before anything sent from now on; `done` runs once it is written or the stream closed. */
  replay(source: ChunkSource, done: () => void = () => {}): void {
    if (this.closed) return done();
    this.#replay = source;
    this.#replayDone = done;
    if (!this.#blocked) this.#pump.ready(this);
  }

  pumpOnce(): boolean {
    if (this.closed || this.#replay === null) return false;
    let chunk: Buffer | null;
    try {
      chunk = this.#replay.next();
    } catch {
      // The replay's updates left the ring while the client was still reading it.
      this.#slow();
      return false;
    }
    if (chunk === null) {
      this.#endReplay();
      this.#flushQueue();
      return false;
    }
    if (!this.#res.write(chunk)) {
      this.#blocked = true;
      return false;
    }
    return true;
  }

  /**
   * Ends the stream cleanly with a last chunk (a shutdown notice), dropping whatever was
   * still queued: the client resumes from its last event id wherever it reconnects.
   */
  end(last: string): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.#closed = true;
    this.#endReplay();
    this.#pump.forget(this);
    this.#queue = [];
    this.#queuedBytes = 0;
    return new Promise((resolve) => {
      this.#res.once("close", () => resolve());
      this.#res.end(last);
    });
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#endReplay();
    this.#pump.forget(this);
    this.#queue = [];
    this.#queuedBytes = 0;
    this.#res.destroy();
  }

  #endReplay(): void {
    const done = this.#replayDone;
    this.#replay = null;
    this.#replayDone = null;
    done?.();
  }

  #slow(): void {
    this.#onSlow();
    this.close();
  }

  #drain(): void {
    this.#blocked = false;
    if (this.closed) return;
    if (this.#replay !== null) this.#pump.ready(this);
    else this.#flushQueue();
  }

  #flushQueue(): void {
    while (this.#queue.length > 0 && !this.#blocked) {
      const chunk = this.#queue.shift()!;
      this.#queuedBytes -= chunk.length;
      if (!this.#res.write(chunk)) this.#blocked = true;
    }
  }
}
