import type { ServerResponse } from "node:http";

/**
 * One open event stream. Writes respect back-pressure: once `res.write()` returns false,
 * later events wait in a queue until the socket drains. The queue is bounded in bytes; a
 * client that falls further behind is disconnected rather than buffered without limit. Its
 * EventSource reconnects with Last-Event-ID and resumes from the ring buffer (or gets a
 * snapshot if it fell out of it), so a slow client loses time, never updates.
 */
export class StreamClient {
  readonly #res: ServerResponse;
  readonly #maxQueuedBytes: number;
  readonly #onSlow: () => void;
  #queue: (string | Buffer)[] = [];
  #queuedBytes = 0;
  #blocked = false;
  #closed = false;

  constructor(res: ServerResponse, maxQueuedBytes: number, onSlow: () => void) {
    this.#res = res;
    this.#maxQueuedBytes = maxQueuedBytes;
    this.#onSlow = onSlow;
    res.on("drain", () => this.#drain());
  }

  get closed(): boolean {
    return this.#closed || this.#res.destroyed;
  }

  get queuedBytes(): number {
    return this.#queuedBytes;
  }

  send(chunk: string | Buffer): void {
    if (this.closed) return;
    if (this.#blocked) {
      this.#queue.push(chunk);
      this.#queuedBytes += chunk.length;
      if (this.#queuedBytes > this.#maxQueuedBytes) {
        this.#onSlow();
        this.close();
      }
      return;
    }
    if (!this.#res.write(chunk)) this.#blocked = true;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue = [];
    this.#queuedBytes = 0;
    this.#res.destroy();
  }

  #drain(): void {
    this.#blocked = false;
    if (this.#queue.length === 0 || this.closed) return;
    const pending = Buffer.concat(
      this.#queue.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk)),
    );
    this.#queue = [];
    this.#queuedBytes = 0;
    if (!this.#res.write(pending)) this.#blocked = true;
  }
}
