import { createClient } from "@redis/client";
import { randomBytes } from "node:crypto";
import * as z from "zod";
import { STAT_OBJECT_TYPES } from "../../model/stats/StatObjectType";
import type { FeedConfiguration } from "../../model/stats/FeedConfiguration";
import type { StatSource } from "../../model/stats/StatSource";
import type { StatUpdate } from "../../model/stats/StatUpdate";
import type { StatValues } from "../../model/stats/StatValues";
import type { SourceStatus } from "../../model/stats/wire/SourceStatus";
import type { WireSnapshot } from "../../model/stats/wire/WireSnapshot";
import { parseWireUpdate, toWireUpdate, wireValueSchema } from "../../model/stats/wire/WireUpdate";
import type { LiveHub, LiveState, PublishResult } from "./LiveHub";
import type { ReadScope } from "./ReadScope";
import type { ChunkSource } from "./ReplayPump";
import { redactRedisUrl } from "./redactRedisUrl";
import type { StreamClient } from "./StreamClient";
import { UpdateHub, type NumberedUpdate } from "./UpdateHub";

interface RedisHubOptions {
  /** redis://[user:password@]host:port[/db], or rediss:// for TLS. */
  readonly url: string;
  /** Prepended to every key, so that one Redis can hold several sites' state. */
  readonly keyPrefix?: string;
  readonly ringSize: number;
  readonly flushMs: number;
  readonly intervalMs: number;
  /** How long start-up waits for Redis before giving up. */
  readonly connectTimeoutMs?: number;
  readonly now?: () => number;
  /** The configuration this server loaded, stated in its snapshots. */
  readonly configuration?: FeedConfiguration | null;
}

function newClient(url: string) {
  return createClient({
    url,
    // RESP2: replies to the raw commands below are plain arrays.
    RESP: 2,
    // A command while disconnected fails at once: a feeder is told, rather than kept waiting.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
  });
}

type Client = ReturnType<typeof newClient>;

/** Updates per script call: each call holds Redis for its length, so a huge batch goes in slices. */
const PUBLISH_SLICE = 1000;
/** Log entries per blocking read, and per page when loading the log's tail at start. */
const READ_COUNT = 5000;
const BLOCK_MS = 2000;
/** How long a client whose position another server sent may wait for this one to catch up. */
const AHEAD_WAIT_MS = 3000;

/**
 * Compare-and-set of every update against the value held, numbering and logging the ones that
 * apply, in one atomic step. Redis runs a script alone, so two servers publishing the same
 * statistic at once cannot both judge against the old value: the later one sees the earlier
 * one's write. (WATCH/MULTI would give the same guarantee with retries under contention.)
 *
 * KEYS: epoch, seq, log, values. ARGV: expected epoch, ring size, received-at, then per
 * update: field, timestamp, value JSON, the update's wire form (`toWireUpdate`, the shape the
 * stream carries) as JSON, origin ("o" OCS, "f" a feeder, "a" the Statistics API source, "s" a
 * real source that did not say which (written by older servers), "m" the simulator, which
 * never replaces a real source's value).
 * Returns {-1} when the epoch is not the expected one, else {superseded}.
 */
const PUBLISH_SCRIPT = `
local epoch = redis.call('GET', KEYS[1])
if epoch ~= ARGV[1] then return {-1} end
local ring = ARGV[2]
local received = ARGV[3]
local seq = tonumber(redis.call('GET', KEYS[2]) or '0')
local start = seq
local superseded = 0
for i = 4, #ARGV, 5 do
  local field, ts, value, wire, origin = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4]
  local held = redis.call('HGET', KEYS[4], field)
  local apply = true
  if held then
    local hts, _, horigin, hvalue = string.match(held, '^(%S+) (%S+) (%S+) (.*)$')
    if origin == 'm' and horigin ~= 'm' then
      apply = false
    elseif origin ~= 'm' and horigin == 'm' then
      apply = true
    elseif tonumber(hts) > tonumber(ts) then
      superseded = superseded + 1
      apply = false
    elseif tonumber(hts) == tonumber(ts) and hvalue == value then
      apply = false
    end
  end
  if apply then
    seq = seq + 1
    redis.call('HSET', KEYS[4], field, ts .. ' ' .. received .. ' ' .. origin .. ' ' .. value)
    redis.call('XADD', KEYS[3], 'MAXLEN', '~', ring, seq .. '-0', 'u', wire, 'r', received)
  end
end
if seq ~= start then redis.call('SET', KEYS[2], seq) end
return {superseded}
`;

/** The state to start from, read in one step: epoch, seq, and every last value. */
const LOAD_SCRIPT = `
return {redis.call('GET', KEYS[1]), redis.call('GET', KEYS[2]), redis.call('HGETALL', KEYS[4])}
`;

/** Moves to a new epoch unless another server already did. ARGV: the old epoch, the new one. */
const NEW_EPOCH_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) end
return redis.call('GET', KEYS[1])
`;

const fieldSchema = z.tuple([z.enum(STAT_OBJECT_TYPES), z.string(), z.string()]);
const heldPattern = /^(\S+) (\S+) ([samof]) (.*)$/s;

/** The origin letter a held value is written with; see PUBLISH_SCRIPT. */
const ORIGIN_LETTER: Readonly<Record<StatSource, string>> = {
  simulated: "m",
  ocs: "o",
  feeder: "f",
  statServer: "a",
};
const LETTER_SOURCE = new Map<string, StatSource>(
  (Object.entries(ORIGIN_LETTER) as [StatSource, string][]).map(([source, letter]) => [
    letter,
    source,
  ]),
);

/** Parses what this server's own scripts wrote; anything else (a damaged key) is skipped, not thrown. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function newEpoch(): string {
  return randomBytes(6).toString("hex");
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The live state in Redis, shared by every server started with the same `--redis`: the update
 * log is a Redis stream whose entry ids are the updates' positions (`<seq>-0`), trimmed to
 * about the ring size; the last values are a hash; an epoch key names the log. A client's
 * event id is `<epoch>-<seq>`, the same on every server, so it resumes on any of them, and
 * after a restart of all of them. A new epoch starts when Redis lost the log (started empty,
 * or restored from an older save): positions would otherwise repeat ones clients hold.
 *
 * Every server publishes through one atomic script and reads the stream with XREAD BLOCK into
 * a local `UpdateHub` mirror, from which it broadcasts, replays and builds snapshots exactly as
 * the in-memory hub does. Explicit consecutive ids (rather than Redis's time-based ones) keep
 * "how far behind is this client" a subtraction, which the replay limits need.
 */
export class RedisHub implements LiveHub {
  readonly #mirror: UpdateHub;
  readonly #writer: Client;
  readonly #reader: Client;
  readonly #keys: readonly [epoch: string, seq: string, log: string, values: string];
  readonly #ringSize: number;
  readonly #now: () => number;
  #closed = false;
  #needsResync = false;
  #resyncing: Promise<void> | null = null;
  #lastError: string | undefined;
  #loop: Promise<void> = Promise.resolve();
  readonly #shas = new Map<string, string>();

  private constructor(options: RedisHubOptions, writer: Client, reader: Client) {
    const prefix = options.keyPrefix ?? "campaign-lens:";
    this.#keys = [`${prefix}epoch`, `${prefix}seq`, `${prefix}log`, `${prefix}values`];
    this.#ringSize = options.ringSize;
    this.#now = options.now ?? Date.now;
    this.#writer = writer;
    this.#reader = reader;
    this.#mirror = new UpdateHub({
      instance: "pending",
      ringSize: options.ringSize,
      flushMs: options.flushMs,
      intervalMs: options.intervalMs,
      aheadWaitMs: AHEAD_WAIT_MS,
      configuration: options.configuration ?? null,
    });
    for (const client of [writer, reader]) {
      client.on("error", (error: unknown) => {
        this.#lastError = errorMessage(error);
      });
      // Whatever happened while disconnected (Redis restarted, lost its data), check before reading on.
      client.on("reconnecting", () => {
        this.#needsResync = true;
      });
    }
  }

  /** Connects, loads the log's state and starts following it; throws if Redis cannot be reached in time. */
  static async open(options: RedisHubOptions): Promise<RedisHub> {
    // Two connections: the follower's blocking read holds its connection while it waits.
    const writer = newClient(options.url);
    const reader = newClient(options.url);
    const hub = new RedisHub(options, writer, reader);
    const timeoutMs = options.connectTimeoutMs ?? 10_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        Promise.all([writer.connect(), reader.connect()]).then(() => hub.#resync(true)),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(hub.#lastError ?? `no answer in ${timeoutMs / 1000} s`)),
            timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      hub.#closed = true;
      writer.destroy();
      reader.destroy();
      throw new Error(
        `cannot reach Redis at ${redactRedisUrl(options.url)}: ${errorMessage(error)}`,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
    }
    hub.#loop = hub.#follow();
    return hub;
  }

  get instance(): string {
    return this.#mirror.instance;
  }
  get values(): StatValues {
    return this.#mirror.values;
  }
  get clients(): Set<StreamClient> {
    return this.#mirror.clients;
  }
  get seq(): number {
    return this.#mirror.seq;
  }
  get snapshotSeq(): number {
    return this.#mirror.snapshotSeq;
  }
  get oldestSeq(): number {
    return this.#mirror.oldestSeq;
  }
  flush(): void {
    this.#mirror.flush();
  }
  replaySource(after: number, end: number, scope: ReadScope | null = null): ChunkSource {
    return this.#mirror.replaySource(after, end, scope);
  }
  setSourceStatus(status: SourceStatus): void {
    this.#mirror.setSourceStatus(status);
  }

  encodeSources(statuses?: readonly SourceStatus[]): string {
    return this.#mirror.encodeSources(statuses);
  }

  setSourceHealth(source: SourceStatus["source"], read: () => object): void {
    this.#mirror.setSourceHealth(source, read);
  }

  sourceHealth(): object[] {
    return this.#mirror.sourceHealth();
  }

  resetSource(scope: ReadScope | null = null): ChunkSource {
    return this.#mirror.resetSource(scope);
  }
  snapshot(scope: ReadScope | null = null): WireSnapshot {
    return this.#mirror.snapshot(scope);
  }
  caughtUp(seq: number): Promise<boolean> {
    return this.#mirror.caughtUp(seq);
  }

  liveState(): LiveState {
    const ready = this.#writer.isReady && this.#reader.isReady && !this.#needsResync;
    return ready
      ? { store: "redis", ready }
      : {
          store: "redis",
          ready,
          reason: `Redis unreachable: ${this.#lastError ?? "reconnecting"}`,
        };
  }

  async publish(
    updates: readonly StatUpdate[],
    origin: "source" | "simulator" = "source",
  ): Promise<PublishResult> {
    let superseded = 0;
    for (let start = 0; start < updates.length; start += PUBLISH_SLICE) {
      superseded += await this.#publishSlice(updates.slice(start, start + PUBLISH_SLICE), origin);
    }
    return { superseded };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#mirror.close();
    this.#reader.destroy();
    await this.#loop;
    await this.#writer.close().catch(() => this.#writer.destroy());
  }

  async #publishSlice(updates: readonly StatUpdate[], origin: "source" | "simulator") {
    const receivedAt = String(Math.round(this.#now()));
    const perUpdate: string[] = [];
    for (const update of updates) {
      const value = JSON.stringify(update.value);
      perUpdate.push(
        JSON.stringify([update.objectType, update.objectId, update.statistic]),
        String(update.timestamp),
        value,
        JSON.stringify(toWireUpdate(update)),
        origin === "simulator"
          ? "m"
          : update.source && update.source !== "simulated"
            ? ORIGIN_LETTER[update.source]
            : "s",
      );
    }
    for (let attempt = 0; ; attempt += 1) {
      const reply = (await this.#script(PUBLISH_SCRIPT, [
        this.#mirror.instance,
        String(this.#ringSize),
        receivedAt,
        ...perUpdate,
      ])) as [number];
      if (reply[0] !== -1) return reply[0];
      // The log is not the one this server mirrors (Redis lost it): catch up, then publish into the new one.
      if (attempt > 0) throw new Error("the live state in Redis changed while publishing");
      await this.#resync(true);
    }
  }

  async #script(script: string, args: readonly string[], client = this.#writer): Promise<unknown> {
    let sha = this.#shas.get(script);
    if (sha === undefined) {
      sha = (await client.sendCommand(["SCRIPT", "LOAD", script])) as string;
      this.#shas.set(script, sha);
    }
    const command = [String(this.#keys.length), ...this.#keys, ...args];
    try {
      return await client.sendCommand(["EVALSHA", sha, ...command]);
    } catch (error) {
      // A restarted Redis has forgotten loaded scripts.
      if (!errorMessage(error).startsWith("NOSCRIPT")) throw error;
      return client.sendCommand(["EVAL", script, ...command]);
    }
  }

  /** Follows the log: every new entry goes to the mirror, in order, once. */
  async #follow(): Promise<void> {
    while (!this.#closed) {
      try {
        if (this.#needsResync) await this.#resync(false);
        const reply = (await this.#reader.sendCommand([
          "XREAD",
          "COUNT",
          String(READ_COUNT),
          "BLOCK",
          String(BLOCK_MS),
          "STREAMS",
          this.#keys[2],
          `${this.#mirror.seq}-0`,
        ])) as [string, [string, string[]][]][] | null;
        if (reply === null || this.#needsResync) continue;
        const entries = reply[0]![1];
        const numbered: NumberedUpdate[] = [];
        let expected = this.#mirror.seq + 1;
        for (const [id, fields] of entries) {
          const entry = this.#entry(id, fields);
          if (entry === null || entry.seq !== expected) {
            // Trimmed away before this server read it, or not the log it mirrors: start over.
            this.#needsResync = true;
            break;
          }
          numbered.push(entry);
          expected += 1;
        }
        if (numbered.length > 0) this.#mirror.appendNumbered(numbered);
        if (this.#needsResync) await this.#resync(true);
      } catch (error) {
        if (this.#closed) return;
        this.#lastError = errorMessage(error);
        this.#needsResync = true;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  #entry(id: string, fields: readonly string[]): NumberedUpdate | null {
    let wire: string | undefined;
    let received: string | undefined;
    for (let i = 0; i + 1 < fields.length; i += 2) {
      if (fields[i] === "u") wire = fields[i + 1];
      else if (fields[i] === "r") received = fields[i + 1];
    }
    const seq = Number(id.slice(0, id.indexOf("-")));
    if (wire === undefined || received === undefined || !Number.isSafeInteger(seq)) return null;
    const update = parseWireUpdate(parseJson(wire));
    if (update === null) return null;
    return { seq, update, receivedAt: Number(received) };
  }

  /**
   * Checks that the log in Redis is still the one mirrored; when it is not (or `reload`),
   * loads it afresh. One at a time: the publisher and the follower may both ask.
   */
  #resync(reload: boolean): Promise<void> {
    this.#resyncing ??= this.#check(reload).finally(() => {
      this.#resyncing = null;
    });
    return this.#resyncing;
  }

  async #check(reload: boolean): Promise<void> {
    const [epochKey, seqKey] = this.#keys;
    await this.#writer.sendCommand(["SET", epochKey, newEpoch(), "NX"]);
    const [epoch, seqText] = (await this.#writer.sendCommand(["MGET", epochKey, seqKey])) as [
      string,
      string | null,
    ];
    const seq = Number(seqText ?? 0);
    if (!reload && epoch === this.#mirror.instance && seq >= this.#mirror.seq) {
      this.#needsResync = false;
      return;
    }
    if (epoch === this.#mirror.instance && seq < this.#mirror.seq) {
      // Restored from an older save: the positions after it would repeat ones clients hold.
      await this.#script(NEW_EPOCH_SCRIPT, [epoch, newEpoch()]);
    }
    await this.#load();
    this.#needsResync = false;
  }

  async #load(): Promise<void> {
    const [epoch, seqText, flat] = (await this.#script(LOAD_SCRIPT, [])) as [
      string,
      string | null,
      string[],
    ];
    const seq = Number(seqText ?? 0);
    const values: { update: StatUpdate; receivedAt: number }[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const value = this.#heldValue(flat[i]!, flat[i + 1]!);
      if (value !== null) values.push(value);
    }
    const history: NumberedUpdate[] = [];
    let from = Math.max(1, seq - this.#ringSize + 1);
    while (from <= seq) {
      const page = (await this.#writer.sendCommand([
        "XRANGE",
        this.#keys[2],
        `${from}-0`,
        `${seq}-0`,
        "COUNT",
        String(READ_COUNT),
      ])) as [string, string[]][];
      if (page.length === 0) break;
      from = Number(page[page.length - 1]![0].split("-")[0]) + 1;
      for (const [id, fields] of page) {
        const entry = this.#entry(id, fields);
        // Only a consecutive run ending at `seq` can be replayed: start the run again after a gap.
        if (entry === null) continue;
        if (history.length > 0 && entry.seq !== history[history.length - 1]!.seq + 1) {
          history.length = 0;
        }
        history.push(entry);
      }
    }
    this.#mirror.restartAt(epoch, seq, values, history);
  }

  #heldValue(field: string, held: string): { update: StatUpdate; receivedAt: number } | null {
    const key = fieldSchema.safeParse(parseJson(field));
    const match = heldPattern.exec(held);
    if (!key.success || match === null) return null;
    const value = wireValueSchema.safeParse(parseJson(match[4]!));
    if (!value.success) return null;
    const [type, id, stat] = key.data;
    const ts = Number(match[1]);
    const receivedAt = Number(match[2]);
    if (!Number.isFinite(ts) || !Number.isFinite(receivedAt)) return null;
    const update = {
      objectType: type,
      objectId: id,
      statistic: stat,
      value: value.data,
      timestamp: ts,
    };
    const source = LETTER_SOURCE.get(match[3]!);
    return { update: source ? { ...update, source } : update, receivedAt };
  }
}
