import { request, type IncomingMessage } from "node:http";

interface SseEvent {
  readonly id: string | undefined;
  readonly event: string;
  readonly data: string;
}

/**
 * A minimal EventSource for tests, over node:http so that it can be dropped mid-stream and
 * given any Last-Event-ID. Parses events as the SSE specification does (comments skipped).
 */
export class SseReader {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  #response: IncomingMessage | undefined;
  #buffer = "";
  #waiters: (() => void)[] = [];
  ended = false;

  static open(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
    const reader = new SseReader();
    return new Promise((resolve, reject) => {
      const req = request(url, { headers: { accept: "text/event-stream", ...headers } }, (res) => {
        reader.#response = res;
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => reader.#feed(chunk));
        res.on("close", () => {
          reader.ended = true;
          reader.#wake();
        });
        resolve(reader);
      });
      req.on("error", reject);
      req.end();
    });
  }

  get headers(): IncomingMessage["headers"] {
    return this.#response?.headers ?? {};
  }

  /** Waits until `predicate` holds over the events received so far. */
  async until(
    predicate: (events: readonly SseEvent[]) => boolean,
    timeoutMs = 5000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.events)) {
      if (this.ended) throw new Error("stream ended before the condition held");
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; got ${this.events.length} events`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Every update received in `updates` events, in order. */
  updates(): { seq: number; id: string; stat: string; value: unknown }[] {
    return this.events
      .filter((e) => e.event === "updates")
      .flatMap(
        (e) => JSON.parse(e.data) as { seq: number; id: string; stat: string; value: unknown }[],
      );
  }

  lastEventId(): string | undefined {
    return this.events.findLast((e) => e.id !== undefined)?.id;
  }

  close(): void {
    this.#response?.destroy();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  #feed(chunk: string): void {
    this.#buffer += chunk;
    let end = this.#buffer.indexOf("\n\n");
    while (end !== -1) {
      const block = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 2);
      let id: string | undefined;
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) this.comments.push(line.slice(1).trim());
        else if (line.startsWith("id: ")) id = line.slice(4);
        else if (line.startsWith("event: ")) event = line.slice(7);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      if (data.length > 0) this.events.push({ id, event, data: data.join("\n") });
      end = this.#buffer.indexOf("\n\n");
    }
    this.#wake();
  }
}
