import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { BayeuxLongPolling, type BayeuxMessage } from "./BayeuxLongPolling";

/**
 * A stand-in for the Genesys Statistics API (base path /statistics/v3) on a loopback port,
 * for tests and benchmarks. What it implements is documented by Genesys: the endpoints and
 * their bodies (`POST /subscriptions?verbose=`, `GET /subscriptions/{id}/statistic-values`,
 * `DELETE /subscriptions/{id}`, `POST /operations/get-statistic-ex`,
 * `GET /statistic-values/{name}`), the `x-api-key` and bearer headers, the value shape
 * `{statisticId, name, objectId, objectType, timestamp, value}`, `status {code, message}` with
 * code 0 for success, CometD at /statistics/v3/notifications with the channels
 * /statistics/v3/updates and /statistics/v3/service (`serviceState` Available | Unavailable),
 * and OAuth 2 client credentials at /auth/v3/oauth/token.
 *
 * Where Genesys does not say, the behaviour is OUR READING, marked "Reading:" below.
 */
export interface StandInOptions {
  /** The (objectType, objectId) pairs Stat Server knows; every other object is refused. */
  readonly known: Iterable<readonly [string, string]>;
  /** The predefined statistic names it serves; null accepts any name. */
  readonly statisticNames?: Iterable<string> | null;
  /** The x-api-key every request must carry; null checks none. */
  readonly apiKey?: string | null;
  /** A bearer token valid from the start (as from an environment variable); null: none. */
  readonly token?: string | null;
  /** Client credentials accepted at the token endpoint; null: no token endpoint. */
  readonly oauth?: {
    readonly clientId: string;
    readonly clientSecret: string;
    readonly expiresInSeconds: number;
  } | null;
  /** How long a CometD long poll is held with nothing to deliver. */
  readonly connectTimeoutMs?: number;
}

interface StandInStatistic {
  readonly statisticId: string;
  readonly objectId: string;
  readonly objectType: string;
  /** The predefined name, or the definition as JSON. */
  readonly key: string;
  readonly name: string | null;
}

interface Subscription {
  readonly id: string;
  readonly statistics: Map<string, StandInStatistic>;
}

interface Failure {
  readonly status: number;
  readonly retryAfterSeconds: number | null;
}

interface StandInValue {
  readonly objectType: string;
  readonly objectId: string;
  /** A predefined statistic name (or a definition as JSON). */
  readonly statistic: string;
  readonly value: unknown;
  readonly timestamp?: number;
}

const BASE = "/statistics/v3";
const UPDATES = "/statistics/v3/updates";
const SERVICE = "/statistics/v3/service";
const MAX_BODY = 16 * 1024 * 1024;

function objectKey(objectType: string, objectId: string): string {
  return `${objectType}\u0000${objectId}`;
}

export class StatsApiStandIn {
  readonly #server: Server;
  readonly #bayeux: BayeuxLongPolling;
  readonly #known = new Set<string>();
  readonly #statisticNames: Set<string> | null;
  readonly #apiKey: string | null;
  readonly #oauth: StandInOptions["oauth"];
  /** Valid bearer tokens with when each expires (Infinity: never). */
  readonly #tokens = new Map<string, number>();
  readonly #bearerRequired: boolean;
  readonly #subscriptions = new Map<string, Subscription>();
  /** Current values by object, then statistic key. */
  readonly #values = new Map<string, Map<string, { value: unknown; timestamp: number }>>();
  /** Subscribed statistics by object key, for publishing. */
  readonly #watchers = new Map<string, Set<{ sub: Subscription; stat: StandInStatistic }>>();
  readonly #sockets = new Set<Socket>();
  #failures: Failure[] = [];
  #available = true;
  /** When each REST request (not CometD, not the token endpoint) arrived, for rate checks. */
  readonly requestTimes: number[] = [];
  readonly requests: { readonly method: string; readonly path: string }[] = [];
  tokensIssued = 0;
  url = "";

  private constructor(options: StandInOptions) {
    for (const [type, id] of options.known) this.#known.add(objectKey(type, id));
    this.#statisticNames = options.statisticNames ? new Set(options.statisticNames) : null;
    this.#apiKey = options.apiKey ?? null;
    this.#oauth = options.oauth ?? null;
    if (options.token) this.#tokens.set(options.token, Infinity);
    this.#bearerRequired = Boolean(options.token) || Boolean(options.oauth);
    this.#bayeux = new BayeuxLongPolling({ connectTimeoutMs: options.connectTimeoutMs ?? 10_000 });
    this.#server = createServer((req, res) => {
      void this.#route(req, res).catch((error: unknown) => {
        if (!res.headersSent) send(res, 500, status(500, String(error)));
      });
    });
    this.#server.keepAliveTimeout = 60_000;
    this.#server.on("connection", (socket) => {
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
    });
  }

  static async start(options: StandInOptions): Promise<StatsApiStandIn> {
    const standIn = new StatsApiStandIn(options);
    await new Promise<void>((resolve) => standIn.#server.listen(0, "127.0.0.1", resolve));
    const { port } = standIn.#server.address() as AddressInfo;
    standIn.url = `http://127.0.0.1:${port}`;
    return standIn;
  }

  /** The Statistics API's base URL, as a site would give it to `--statistics-api`. */
  get apiUrl(): string {
    return `${this.url}${BASE}`;
  }

  get tokenUrl(): string {
    return `${this.url}/auth/v3/oauth/token`;
  }

  get subscriptions(): ReadonlyMap<
    string,
    { readonly statistics: ReadonlyMap<string, StandInStatistic> }
  > {
    return this.#subscriptions;
  }

  get notificationSessions(): number {
    return this.#bayeux.sessionCount;
  }

  /** How many CometD sessions listen on the updates channel. */
  get updateListeners(): number {
    return this.#bayeux.subscriberCount(UPDATES);
  }

  /** How many statistics are open over all subscriptions. */
  get openStatistics(): number {
    let count = 0;
    for (const sub of this.#subscriptions.values()) count += sub.statistics.size;
    return count;
  }

  /** The most REST requests that arrived within any `windowMs` window. */
  maxRequestsWithin(windowMs: number): number {
    let most = 0;
    let start = 0;
    for (let end = 0; end < this.requestTimes.length; end += 1) {
      while (this.requestTimes[end]! - this.requestTimes[start]! >= windowMs) start += 1;
      most = Math.max(most, end - start + 1);
    }
    return most;
  }

  /** Sets current values and notifies every subscription that has them open. */
  publish(values: readonly StandInValue[]): number {
    const bySubscription = new Map<Subscription, object[]>();
    const now = Date.now();
    for (const item of values) {
      const timestamp = item.timestamp ?? now;
      const key = objectKey(item.objectType, item.objectId);
      let held = this.#values.get(key);
      if (!held) {
        held = new Map();
        this.#values.set(key, held);
      }
      held.set(item.statistic, { value: item.value, timestamp });
      for (const { sub, stat } of this.#watchers.get(key) ?? []) {
        if (stat.key !== item.statistic) continue;
        let list = bySubscription.get(sub);
        if (!list) {
          list = [];
          bySubscription.set(sub, list);
        }
        list.push(valueOf(stat, item.value, timestamp, true));
      }
    }
    let sent = 0;
    if (!this.#available) return sent;
    for (const [sub, statistics] of bySubscription) {
      // Reading: an update notification carries the subscription id beside the changed values.
      this.#bayeux.publish(UPDATES, { subscriptionId: sub.id, statistics });
      sent += statistics.length;
    }
    return sent;
  }

  /**
   * Says on the service channel whether Stat Server is available. Reading: while it is not,
   * REST requests answer 503 and no updates are sent.
   */
  setAvailable(available: boolean): void {
    this.#available = available;
    this.#bayeux.publish(SERVICE, { serviceState: available ? "Available" : "Unavailable" });
  }

  /** Every token issued so far stops being valid: requests carrying one get 401. */
  expireTokens(): void {
    this.#tokens.clear();
  }

  acceptToken(token: string): void {
    this.#tokens.set(token, Infinity);
  }

  /** The next `count` REST requests fail with `status` (429 by default). */
  failNext(count: number, statusCode = 429, retryAfterSeconds: number | null = null): void {
    for (let i = 0; i < count; i += 1)
      this.#failures.push({ status: statusCode, retryAfterSeconds });
  }

  /** Cuts every CometD long poll and forgets the sessions, as a restarted gateway would. */
  dropNotifications(): void {
    this.#bayeux.dropAll();
  }

  async close(): Promise<void> {
    this.#bayeux.close();
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const path = url.pathname;
    // A REST request is timed when it arrives, before its body is read: a large body read
    // slowly must not make requests sent a second apart look closer together than they were.
    if (path.startsWith(BASE) && !path.startsWith(`${BASE}/notifications`)) {
      this.requestTimes.push(Date.now());
    }
    const body = await readBody(req);
    if (req.method === "POST" && path === "/auth/v3/oauth/token")
      return this.#token(req, body, res);
    if (!path.startsWith(BASE)) return send(res, 404, status(404, "Not found"));
    // Reading: the gateway refuses a missing or wrong API key with 403 before anything else.
    if (this.#apiKey !== null && req.headers["x-api-key"] !== this.#apiKey) {
      return send(res, 403, { message: "Forbidden" });
    }
    if (!this.#bearerOk(req)) return send(res, 401, status(401, "Unauthorized"));
    if (req.method === "POST" && path.startsWith(`${BASE}/notifications`)) {
      let messages: BayeuxMessage[];
      try {
        const parsed: unknown = JSON.parse(body);
        messages = (Array.isArray(parsed) ? parsed : [parsed]) as BayeuxMessage[];
      } catch {
        return send(res, 400, status(400, "Malformed Bayeux message"));
      }
      if (messages.some((m) => m.channel === "/meta/handshake")) {
        res.setHeader(
          "set-cookie",
          `STATISTICS_SESSIONID=${randomBytes(8).toString("hex")}; Path=/`,
        );
      }
      return this.#bayeux.handle(messages, res);
    }
    this.requests.push({ method: req.method ?? "", path });
    const failure = this.#failures.shift();
    if (failure) {
      if (failure.retryAfterSeconds !== null)
        res.setHeader("retry-after", String(failure.retryAfterSeconds));
      return send(res, failure.status, status(failure.status, "Too many requests"));
    }
    if (!this.#available) return send(res, 503, status(503, "Stat Server is unavailable"));
    const rest = path.slice(BASE.length);
    let match: RegExpExecArray | null;
    if (req.method === "POST" && rest === "/subscriptions") return this.#subscribe(url, body, res);
    if ((match = /^\/subscriptions\/([^/]+)\/statistic-values$/.exec(rest)) && req.method === "GET")
      return this.#peek(decodeURIComponent(match[1]!), url, res);
    if ((match = /^\/subscriptions\/([^/]+)$/.exec(rest)) && req.method === "DELETE")
      return this.#unsubscribe(decodeURIComponent(match[1]!), res);
    if (req.method === "POST" && rest === "/operations/get-statistic-ex")
      return this.#getStatisticEx(body, res);
    if ((match = /^\/statistic-values\/([^/]+)$/.exec(rest)) && req.method === "GET")
      return this.#getStatValue(decodeURIComponent(match[1]!), url, res);
    return send(res, 404, status(404, `No ${req.method} ${path}`));
  }

  #bearerOk(req: IncomingMessage): boolean {
    if (!this.#bearerRequired) return true;
    const header = req.headers.authorization ?? "";
    const match = /^Bearer (.+)$/.exec(header);
    if (!match) return false;
    const expires = this.#tokens.get(match[1]!);
    return expires !== undefined && expires > Date.now();
  }

  #token(req: IncomingMessage, body: string, res: ServerResponse): void {
    const oauth = this.#oauth;
    if (!oauth) return send(res, 404, status(404, "Not found"));
    const form = new URLSearchParams(body);
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "");
    const [id, secret] = basic
      ? Buffer.from(basic[1]!, "base64").toString("utf8").split(":")
      : [form.get("client_id"), form.get("client_secret")];
    if (form.get("grant_type") !== "client_credentials") {
      return send(res, 400, { error: "unsupported_grant_type" });
    }
    if (id !== oauth.clientId || secret !== oauth.clientSecret) {
      return send(res, 401, { error: "invalid_client" });
    }
    const token = randomBytes(16).toString("hex");
    this.#tokens.set(token, Date.now() + oauth.expiresInSeconds * 1000);
    this.tokensIssued += 1;
    return send(res, 200, {
      access_token: token,
      token_type: "bearer",
      expires_in: oauth.expiresInSeconds,
      scope: "*",
    });
  }

  /** Why Stat Server refuses a statistic, or null when it opens. */
  #refusal(objectType: string, objectId: string, name: string | null): string | null {
    // Reading: the documentation does not give Stat Server's wording; these are ours.
    if (!this.#known.has(objectKey(objectType, objectId))) return "Object not found";
    if (name !== null && this.#statisticNames && !this.#statisticNames.has(name))
      return "Statistic not found";
    return null;
  }

  #subscribe(url: URL, body: string, res: ServerResponse): void {
    const request = parseJson(body) as {
      operationId?: unknown;
      data?: { statistics?: unknown };
    } | null;
    const list = request?.data?.statistics;
    if (typeof request?.operationId !== "string" || !Array.isArray(list)) {
      return send(res, 400, status(400, "operationId and data.statistics are required"));
    }
    if (this.#subscriptions.has(request.operationId)) {
      // Reading: an operationId in use is refused as a conflict.
      return send(res, 409, status(409, "Subscription already exists"));
    }
    const verbose = url.searchParams.get("verbose") !== "OFF";
    const sub: Subscription = { id: request.operationId, statistics: new Map() };
    const opened: object[] = [];
    const errors: object[] = [];
    for (const raw of list as Record<string, unknown>[]) {
      const { statisticId, objectId, objectType, name, definition } = raw;
      if (
        typeof statisticId !== "string" ||
        typeof objectId !== "string" ||
        typeof objectType !== "string" ||
        (typeof name !== "string" && (typeof definition !== "object" || definition === null))
      ) {
        return send(
          res,
          400,
          status(400, "A statistic needs statisticId, objectId, objectType and name or definition"),
        );
      }
      const statName = typeof name === "string" ? name : null;
      const refusal = this.#refusal(objectType, objectId, statName);
      if (refusal !== null) {
        // Reading: a statistic Stat Server refuses does not fail the request; it is listed in
        // `errors`, one status each, with the statistic it concerns in `detail`.
        errors.push({
          status: { code: 2, message: refusal, detail: { statisticId, objectId, objectType } },
        });
        continue;
      }
      const stat: StandInStatistic = {
        statisticId,
        objectId,
        objectType,
        key: statName ?? JSON.stringify(definition),
        name: statName,
      };
      sub.statistics.set(statisticId, stat);
      const key = objectKey(objectType, objectId);
      let watchers = this.#watchers.get(key);
      if (!watchers) {
        watchers = new Set();
        this.#watchers.set(key, watchers);
      }
      watchers.add({ sub, stat });
      opened.push(this.#current(stat, verbose));
    }
    this.#subscriptions.set(sub.id, sub);
    send(res, 200, {
      status: { code: 0, message: "OK" },
      data: { operationId: sub.id, subscriptionId: sub.id, statistics: opened },
      ...(errors.length > 0 ? { errors } : {}),
    });
  }

  #peek(id: string, url: URL, res: ServerResponse): void {
    const sub = this.#subscriptions.get(id);
    if (!sub) return send(res, 404, status(404, "Subscription not found"));
    const wanted = url.searchParams.get("statisticIds");
    const ids = wanted ? new Set(wanted.split(",")) : null;
    const verbose = url.searchParams.get("verbose") !== "OFF";
    const statistics = [...sub.statistics.values()]
      .filter((stat) => ids === null || ids.has(stat.statisticId))
      .map((stat) => this.#current(stat, verbose));
    send(res, 200, {
      status: { code: 0, message: "OK" },
      data: { subscriptionId: id, statistics },
    });
  }

  #unsubscribe(id: string, res: ServerResponse): void {
    const sub = this.#subscriptions.get(id);
    if (!sub) return send(res, 404, status(404, "Subscription not found"));
    for (const stat of sub.statistics.values()) {
      const watchers = this.#watchers.get(objectKey(stat.objectType, stat.objectId));
      for (const watcher of watchers ?? []) if (watcher.sub === sub) watchers?.delete(watcher);
    }
    this.#subscriptions.delete(id);
    send(res, 200, { status: { code: 0, message: "OK" } });
  }

  #getStatisticEx(body: string, res: ServerResponse): void {
    const request = parseJson(body) as { data?: { statistics?: unknown } } | null;
    const list = request?.data?.statistics;
    if (!Array.isArray(list)) return send(res, 400, status(400, "data.statistics is required"));
    const statistics: object[] = [];
    const errors: object[] = [];
    for (const raw of list as Record<string, unknown>[]) {
      const { name, objectId, objectType } = raw;
      if (
        typeof name !== "string" ||
        typeof objectId !== "string" ||
        typeof objectType !== "string"
      ) {
        return send(res, 400, status(400, "A statistic needs name, objectId and objectType"));
      }
      const refusal = this.#refusal(objectType, objectId, name);
      if (refusal !== null) {
        // Reading: as for subscriptions, per-statistic refusals are listed in `errors`.
        errors.push({
          status: { code: 2, message: refusal, detail: { name, objectId, objectType } },
        });
        continue;
      }
      const held = this.#values.get(objectKey(objectType, objectId))?.get(name);
      statistics.push({
        name,
        objectId,
        objectType,
        timestamp: held?.timestamp ?? Date.now(),
        value: held?.value ?? null,
      });
    }
    send(res, 200, {
      status: { code: 0, message: "OK" },
      data: { statistics },
      ...(errors.length > 0 ? { errors } : {}),
    });
  }

  #getStatValue(name: string, url: URL, res: ServerResponse): void {
    const objectId = url.searchParams.get("objectId");
    const objectType = url.searchParams.get("objectType");
    if (objectId === null || objectType === null) {
      return send(res, 400, status(400, "objectId and objectType are required"));
    }
    const refusal = this.#refusal(objectType, objectId, name);
    // Reading: a single read of a refused statistic answers 404 with the reason.
    if (refusal !== null) return send(res, 404, status(404, refusal));
    const held = this.#values.get(objectKey(objectType, objectId))?.get(name);
    send(res, 200, {
      status: { code: 0, message: "OK" },
      data: {
        statistic: {
          name,
          objectId,
          objectType,
          timestamp: held?.timestamp ?? Date.now(),
          value: held?.value ?? null,
        },
      },
    });
  }

  #current(stat: StandInStatistic, verbose: boolean): object {
    const held = this.#values.get(objectKey(stat.objectType, stat.objectId))?.get(stat.key);
    return valueOf(stat, held?.value ?? null, held?.timestamp ?? Date.now(), verbose);
  }
}

/** Reading: verbose=OFF leaves out what the client sent itself (name, object). */
function valueOf(
  stat: StandInStatistic,
  value: unknown,
  timestamp: number,
  verbose: boolean,
): object {
  return verbose
    ? {
        statisticId: stat.statisticId,
        ...(stat.name !== null ? { name: stat.name } : {}),
        objectId: stat.objectId,
        objectType: stat.objectType,
        timestamp,
        value,
      }
    : { statisticId: stat.statisticId, timestamp, value };
}

function status(code: number, message: string): object {
  return { status: { code, message } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send(res: ServerResponse, code: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(code, {
    "content-type": "application/json;charset=UTF-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
