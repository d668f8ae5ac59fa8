import { createClient } from "@redis/client";
import { createHash, randomBytes } from "node:crypto";
import * as z from "zod";
import type { ReadScope } from "../ReadScope";
import { redactRedisUrl } from "../redactRedisUrl";
import {
  SessionStoreUnavailable,
  type Session,
  type SessionFields,
  type SessionStore,
} from "./SessionStore";

interface RedisSessionStoreOptions {
  readonly url: string;
  /** Prepended to every key, as the live state's keys are. */
  readonly keyPrefix?: string;
  /** What a session's tenants let it see: recomputed on each server from its configuration. */
  readonly scopeOf: (tenants: readonly string[] | "*") => ReadScope | null;
  readonly maxSessions?: number;
  readonly now?: () => number;
}

/**
 * Stores a session, indexes it by expiry and drops the expired and, past the bound, the oldest
 * (the soonest to expire: every session has the same lifetime) from the index and their keys,
 * in one step. KEYS: the session, the index. ARGV: record,
 * lifetime (ms), hashed id, expires at, now, bound, session key prefix.
 */
const CREATE_SCRIPT = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[5])
local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[6])
if over > 0 then
  for _, hashed in ipairs(redis.call('ZRANGE', KEYS[2], 0, over - 1)) do
    redis.call('DEL', ARGV[7] .. hashed)
  end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, over - 1)
end
return 1
`;

const recordSchema = z.strictObject({
  name: z.string(),
  method: z.enum(["oidc", "read-token"]),
  tenants: z.union([z.literal("*"), z.array(z.string())]),
  expiresAt: z.number(),
  token: z.strictObject({ id: z.string(), expiresAt: z.string().nullable() }).optional(),
});

/**
 * Sessions in Redis, so that every server sharing it knows them: a reader whose server dies
 * carries on at another, signed in. Each session is a key named by a hash of its id (the
 * cookie's value is never stored) that expires with it; ending one deletes the key, which
 * every server sees on the reader's next request, and at its next sweep for the sessions
 * holding streams open on it, which it then closes.
 */
export class RedisSessionStore implements SessionStore {
  readonly #client;
  readonly #ready: Promise<unknown>;
  readonly #prefix: string;
  readonly #index: string;
  readonly #scopeOf: RedisSessionStoreOptions["scopeOf"];
  readonly #maxSessions: number;
  readonly #now: () => number;
  readonly #url: string;
  /** The sessions this server has handed out, by hashed id: what their streams hang on. */
  readonly #held = new Map<string, Session>();
  #lastError: string | undefined;

  constructor(options: RedisSessionStoreOptions) {
    const prefix = options.keyPrefix ?? "campaign-lens:";
    this.#prefix = `${prefix}session:`;
    this.#index = `${prefix}sessions`;
    this.#scopeOf = options.scopeOf;
    this.#maxSessions = options.maxSessions ?? 100_000;
    this.#now = options.now ?? Date.now;
    this.#url = options.url;
    this.#client = createClient({
      url: options.url,
      RESP: 2,
      // Without Redis no session can be checked: refuse at once rather than queue the request.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 5000,
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
      },
    });
    this.#client.on("error", (error: unknown) => {
      this.#lastError = error instanceof Error ? error.message : String(error);
    });
    this.#ready = this.#client.connect();
    // A failed first connection is reported to each request that needs a session.
    this.#ready.catch(() => undefined);
  }

  async create(fields: SessionFields, lifetimeMs: number): Promise<Session> {
    const id = randomBytes(32).toString("base64url");
    const hashed = hashOf(id);
    const now = this.#now();
    const expiresAt = now + lifetimeMs;
    const record = {
      name: fields.name,
      method: fields.method,
      tenants: fields.tenants,
      expiresAt,
      ...(fields.token === undefined ? {} : { token: fields.token }),
    };
    await this.#command([
      "EVAL",
      CREATE_SCRIPT,
      "2",
      this.#prefix + hashed,
      this.#index,
      JSON.stringify(record),
      String(Math.max(1, Math.ceil(lifetimeMs))),
      hashed,
      String(expiresAt),
      String(now),
      String(this.#maxSessions),
      this.#prefix,
    ]);
    const session: Session = { ...fields, id, expiresAt, onEnd: new Set() };
    this.#held.set(hashed, session);
    return session;
  }

  async get(id: string): Promise<Session | null> {
    const hashed = hashOf(id);
    const text = await this.#command(["GET", this.#prefix + hashed]);
    if (typeof text !== "string") {
      this.#endHere(hashed);
      return null;
    }
    const parsed = recordSchema.safeParse(parseJson(text));
    if (!parsed.success || parsed.data.expiresAt <= this.#now()) {
      await this.end(id);
      return null;
    }
    const held = this.#held.get(hashed);
    if (held !== undefined) return held;
    const { token, ...record } = parsed.data;
    const session: Session = {
      ...record,
      ...(token === undefined ? {} : { token }),
      id,
      scope: this.#scopeOf(record.tenants),
      onEnd: new Set(),
    };
    this.#held.set(hashed, session);
    if (this.#held.size > this.#maxSessions) this.#forgetIdle();
    return session;
  }

  async end(id: string): Promise<void> {
    const hashed = hashOf(id);
    this.#endHere(hashed);
    await this.#command(["DEL", this.#prefix + hashed]);
    await this.#command(["ZREM", this.#index, hashed]);
  }

  async sweep(ended: (session: Session) => boolean = () => false): Promise<void> {
    this.#forgetIdle();
    const now = this.#now();
    const open = [...this.#held];
    for (const [, session] of open) {
      if (session.expiresAt <= now || ended(session)) await this.end(session.id);
    }
    const still = open.filter(([hashed]) => this.#held.has(hashed));
    if (still.length === 0) return;
    const present = await Promise.all(
      still.map(([hashed]) => this.#command(["EXISTS", this.#prefix + hashed])),
    );
    still.forEach(([hashed], index) => {
      if (present[index] === 0) this.#endHere(hashed);
    });
  }

  async close(): Promise<void> {
    for (const hashed of [...this.#held.keys()]) this.#endHere(hashed);
    await this.#ready.catch(() => undefined);
    if (this.#client.isOpen) await this.#client.close().catch(() => this.#client.destroy());
  }

  /** Closes what a session holds open here; the session itself is Redis's to keep or drop. */
  #endHere(hashed: string): void {
    const session = this.#held.get(hashed);
    if (session === undefined) return;
    this.#held.delete(hashed);
    for (const close of session.onEnd) close();
    session.onEnd.clear();
  }

  /** Sessions with no stream open here need no watching: Redis answers for them on each request. */
  #forgetIdle(): void {
    for (const [hashed, session] of this.#held) {
      if (session.onEnd.size === 0) this.#held.delete(hashed);
    }
  }

  async #command(args: string[]): Promise<unknown> {
    try {
      await this.#ready;
      return await this.#client.sendCommand(args);
    } catch (error) {
      const reason = this.#lastError ?? (error instanceof Error ? error.message : String(error));
      // The reader is told to come back; where Redis is and why it failed go to the log only.
      throw new SessionStoreUnavailable("sign-in sessions cannot be checked now: try again", {
        cause: new Error(`Redis at ${redactRedisUrl(this.#url)} does not answer: ${reason}`, {
          cause: error,
        }),
      });
    }
  }
}

/** The key a session is stored under: a hash, so that reading Redis gives no one a cookie. */
function hashOf(id: string): string {
  return createHash("sha256").update(id).digest("base64url");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
