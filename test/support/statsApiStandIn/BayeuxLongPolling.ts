import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";

/** One Bayeux message as the stand-in reads and writes it (only the fields it uses). */
export interface BayeuxMessage {
  readonly channel: string;
  readonly id?: string;
  readonly clientId?: string;
  readonly subscription?: string | readonly string[];
  readonly data?: unknown;
  readonly [field: string]: unknown;
}

interface Session {
  readonly clientId: string;
  readonly channels: Set<string>;
  queue: BayeuxMessage[];
  /** The held /meta/connect, answered when a message arrives or the poll times out. */
  waiting: { res: ServerResponse; reply: BayeuxMessage; timer: NodeJS.Timeout } | null;
}

interface BayeuxOptions {
  /** How long a /meta/connect is held with nothing to deliver (the advice's timeout). */
  readonly connectTimeoutMs: number;
}

/**
 * The server side of Bayeux 1.0 long polling, as far as a CometD client needs it to handshake,
 * connect, subscribe, unsubscribe, disconnect and receive. It follows the Bayeux specification
 * (cometd.org); the Statistics API's own CometD server is not public, so its advice values,
 * its session cookie name and its handling of unknown clients (402 + reconnect: handshake, as
 * the CometD server does) are the CometD project's defaults, our reading of what Genesys runs.
 */
export class BayeuxLongPolling {
  readonly #sessions = new Map<string, Session>();
  readonly #options: BayeuxOptions;

  constructor(options: BayeuxOptions) {
    this.#options = options;
  }

  get sessionCount(): number {
    return this.#sessions.size;
  }

  /** Clients subscribed to `channel`. */
  subscriberCount(channel: string): number {
    let count = 0;
    for (const session of this.#sessions.values()) if (session.channels.has(channel)) count += 1;
    return count;
  }

  /** Queues `data` on `channel` for every subscribed session and wakes their held connects. */
  publish(channel: string, data: unknown): void {
    for (const session of this.#sessions.values()) {
      if (!session.channels.has(channel)) continue;
      session.queue.push({ channel, data });
      this.#deliver(session);
    }
  }

  /** Answers one POST of the notifications endpoint: at once, or held when it is a long poll. */
  handle(messages: readonly BayeuxMessage[], res: ServerResponse): void {
    const replies: BayeuxMessage[] = [];
    let connect: { session: Session; reply: BayeuxMessage } | null = null;
    for (const message of messages) {
      const base = { channel: message.channel, ...(message.id ? { id: message.id } : {}) };
      if (message.channel === "/meta/handshake") {
        const clientId = randomBytes(12).toString("hex");
        this.#sessions.set(clientId, {
          clientId,
          channels: new Set(),
          queue: [],
          waiting: null,
        });
        replies.push({
          ...base,
          version: "1.0",
          supportedConnectionTypes: ["long-polling"],
          clientId,
          successful: true,
          advice: { reconnect: "retry", interval: 0, timeout: this.#options.connectTimeoutMs },
        });
        continue;
      }
      const session = message.clientId ? this.#sessions.get(message.clientId) : undefined;
      if (!session) {
        replies.push({
          ...base,
          successful: false,
          error: "402::Unknown client",
          advice: { reconnect: "handshake", interval: 0 },
        });
        continue;
      }
      switch (message.channel) {
        case "/meta/connect":
          connect = { session, reply: { ...base, clientId: session.clientId, successful: true } };
          break;
        case "/meta/subscribe":
        case "/meta/unsubscribe": {
          const channels = [message.subscription ?? []].flat();
          for (const channel of channels) {
            if (message.channel === "/meta/subscribe") session.channels.add(channel);
            else session.channels.delete(channel);
          }
          replies.push({
            ...base,
            clientId: session.clientId,
            subscription: message.subscription,
            successful: true,
          });
          break;
        }
        case "/meta/disconnect":
          this.#close(session);
          replies.push({ ...base, clientId: session.clientId, successful: true });
          break;
        default:
          replies.push({ ...base, successful: false, error: "403::Publishing not allowed" });
      }
    }
    if (connect === null) {
      writeJson(res, replies);
      return;
    }
    const { session, reply } = connect;
    if (session.waiting) this.#answer(session);
    // Anything already queued or replied goes out at once; otherwise the connect is held.
    if (session.queue.length > 0 || replies.length > 0) {
      writeJson(res, [...replies, ...session.queue.splice(0), reply]);
      return;
    }
    const timer = setTimeout(() => this.#answer(session), this.#options.connectTimeoutMs);
    session.waiting = { res, reply, timer };
    res.on("close", () => {
      if (session.waiting?.res === res) {
        clearTimeout(session.waiting.timer);
        session.waiting = null;
      }
    });
  }

  /** Forgets every session and cuts held connects: clients must handshake again. */
  dropAll(): void {
    for (const session of this.#sessions.values()) {
      if (session.waiting) {
        clearTimeout(session.waiting.timer);
        session.waiting.res.socket?.destroy();
        session.waiting = null;
      }
    }
    this.#sessions.clear();
  }

  close(): void {
    for (const session of [...this.#sessions.values()]) this.#close(session);
  }

  #deliver(session: Session): void {
    // Held back a tick, so that a burst of publishes goes out in one response.
    if (session.waiting && session.queue.length === 1) setImmediate(() => this.#answer(session));
  }

  #answer(session: Session): void {
    const waiting = session.waiting;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    session.waiting = null;
    writeJson(waiting.res, [...session.queue.splice(0), waiting.reply]);
  }

  #close(session: Session): void {
    this.#answer(session);
    this.#sessions.delete(session.clientId);
  }
}

function writeJson(res: ServerResponse, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(200, {
    "content-type": "application/json;charset=UTF-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}
