import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import { randomBytes, randomUUID } from "node:crypto";
import { createServer as createHttpServer } from "node:http";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from "fastify";
import { accessControl } from "./auth/accessControl";
import { healthView } from "./auth/healthView";
import { readerOf } from "./auth/Reader";
import { servedConfig } from "./auth/servedConfig";
import { HostPolicy } from "./HostPolicy";
import { newIngestCounters, type IngestCounters } from "./IngestCounters";
import { ingestRoutes } from "./ingestRoutes";
import type { LiveHub } from "./LiveHub";
import { OcsTranslator } from "./OcsTranslator";
import { RedisHub } from "./RedisHub";
import { requestLogOptions } from "./requestLogOptions";
import { SECURITY_HEADERS } from "./securityHeaders";
import type { ServerOptions } from "./ServerOptions";
import { streamRoute } from "./streamRoute";
import { UpdateHub } from "./UpdateHub";

export interface StatsServer {
  readonly app: FastifyInstance;
  readonly hub: LiveHub;
  readonly counters: IngestCounters;
}

const startedAt = Date.now();
/** How soon browsers reconnect after a shutdown, and how long their streams get to end cleanly. */
const SHUTDOWN_RETRY_MS = 1000;
const SHUTDOWN_GRACE_MS = 500;

function errorReply(
  error: FastifyError,
  counters: IngestCounters,
): { status: number; body: object } {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      counters.tooLarge += 1;
      return { status: 413, body: { error: "body too large", reason: error.message } };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      counters.malformed += 1;
      return {
        status: 415,
        body: { error: "unsupported media type", reason: "send the body as application/json" },
      };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      counters.malformed += 1;
      return { status: 400, body: { error: "malformed body", reason: error.message } };
  }
  if (error.statusCode === 429) {
    return { status: 429, body: { error: "too many requests", reason: error.message } };
  }
  if (error instanceof SyntaxError) {
    counters.malformed += 1;
    return { status: 400, body: { error: "malformed body", reason: error.message } };
  }
  // What a plugin refuses (a path @fastify/static will not serve, a URL it cannot decode) is the
  // client's doing: its own status, never a 500.
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    if (status === 404) return { status, body: { error: "not found", reason: "no such file" } };
    return { status: 400, body: { error: "bad request", reason: error.message } };
  }
  // A part the server depends on is away (the sessions' Redis): try again shortly.
  if (status === 503) return { status, body: { error: "unavailable", reason: error.message } };
  return { status: 500, body: { error: "internal error", reason: "see the server log" } };
}

/**
 * The statistics server: the built app, the update stream, the snapshot, the OCS and batch
 * feeders, and health. Security headers go on every response, errors included.
 */
export async function createServer(options: ServerOptions): Promise<StatsServer> {
  const hosts = new HostPolicy(options.listenHost, options.allowedHosts);
  const counters = newIngestCounters();
  const app = Fastify({
    ...(options.log === null ? { logger: false } : { logger: requestLogOptions(options.log) }),
    genReqId: () => randomUUID(),
    ...(options.trustedProxies.length > 0 ? { trustProxy: [...options.trustedProxies] } : {}),
    requestIdHeader: false,
    forceCloseConnections: true,
    // A URL that cannot be decoded is refused before any hook runs: answer it here, with the
    // same headers as every other response.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      counters.malformed += 1;
      void reply
        .headers(SECURITY_HEADERS)
        .code(400)
        .send({ error: "bad request", reason: error.message });
    },
    // Node checks these timeouts every `connectionsCheckingInterval`, 30 s by default: a body
    // trickled in a byte at a time would then hold its connection long past the limit.
    serverFactory: (handler) =>
      createHttpServer(
        {
          headersTimeout: options.headersTimeoutMs,
          requestTimeout: options.requestTimeoutMs,
          connectionsCheckingInterval: Math.min(1000, options.headersTimeoutMs),
        },
        handler,
      ),
  });
  const hub: LiveHub =
    options.redisUrl === null
      ? new UpdateHub({
          instance: randomBytes(4).toString("hex"),
          ringSize: options.ringSize,
          flushMs: options.flushMs,
          intervalMs: options.intervalMs,
          configuration: options.configuration,
        })
      : await RedisHub.open({
          url: options.redisUrl,
          ringSize: options.ringSize,
          flushMs: options.flushMs,
          intervalMs: options.intervalMs,
          configuration: options.configuration,
        });
  const translator = new OcsTranslator(hub.values, options.knownGroups);

  app.addHook("onRequest", async (request, reply) => {
    reply.headers(SECURITY_HEADERS).header("x-request-id", request.id);
    if (!hosts.allowsHost(request.headers.host)) {
      counters.foreignHost += 1;
      return reply.code(403).header("connection", "close").send({
        error: "forbidden",
        reason: "this server does not answer to that Host name (see --allowed-host)",
      });
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !hosts.allowsOrigin(origin, request.headers.host)) {
      counters.foreignHost += 1;
      return reply
        .code(403)
        .header("connection", "close")
        .send({ error: "forbidden", reason: "requests from another site's pages are refused" });
    }
  });
  // Streams end with a notice and a retry hint before the hub closes, so that browsers
  // reconnect (to this server once restarted, or another behind the same address) and resume.
  app.addHook("preClose", async () => {
    const notice = `: server shutting down\nretry: ${SHUTDOWN_RETRY_MS}\n\n`;
    const ended = [...hub.clients].map((client) => client.end(notice));
    await Promise.race([
      Promise.all(ended),
      new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS)),
    ]);
    await hub.close();
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = errorReply(error, counters);
    // As with every refusal: answer, then close, so a refused body is never read.
    if (status === 429) reply.header("connection", "close");
    if (status === 500) {
      counters.internalErrors += 1;
      request.log.error({ err: error }, "internal error");
    }
    if (status === 503) {
      reply.header("retry-after", "2");
      request.log.warn({ err: error }, "unavailable");
    }
    return reply.code(status).send(body);
  });

  await app.register(fastifyRateLimit, {
    global: false,
    onExceeded: () => {
      counters.rateLimited += 1;
    },
  });

  // One budget for every read route, the stream included: a client cannot spend it once per route.
  const read = { onRequest: app.rateLimit({ max: options.readPerMinute, timeWindow: 60_000 }) };
  accessControl(app, options.access, read.onRequest);
  streamRoute(app, hub, options, counters, read.onRequest);
  ingestRoutes(app, hub, translator, options, counters);

  app.get("/api/snapshot", read, async (request, reply) =>
    reply.header("cache-control", "no-store").send(hub.snapshot(readerOf(request).scope)),
  );
  // Liveness: the process answers. Readiness: it can do its work: the live state is reachable
  // (Redis, when used) and every statistics source is connected. Both are for probes: they
  // say nothing of any tenant.
  app.get("/api/health/live", read, async (_request, reply) =>
    reply.header("cache-control", "no-store").send({ live: true }),
  );
  app.get("/api/health/ready", read, async (_request, reply) => {
    const { ready, checks } = readiness(hub);
    return reply
      .code(ready ? 200 : 503)
      .header("cache-control", "no-store")
      .send({ ready, checks });
  });
  app.get("/api/health", read, async (request, reply) => {
    const memory = process.memoryUsage();
    const live = hub.liveState();
    return reply.header("cache-control", "no-store").send(
      healthView(request.reader, {
        status: "ok",
        ready: readiness(hub).ready,
        liveState: live.store,
        ...(live.reason === undefined ? {} : { reason: live.reason }),
        instance: hub.instance,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        seq: hub.seq,
        streamClients: hub.clients.size,
        objects: hub.values.size,
        ...(options.configuration ? { configuration: options.configuration } : {}),
        unknownObjectAllowance: options.unknownObjectAllowance,
        counters,
        sources: hub.sourceHealth(),
        memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed },
      }),
    );
  });

  app.get<{ Params: { index: string; name: string } }>(
    "/api/config/:index/:name",
    read,
    async (request, reply) => {
      const file = options.configFiles[Number(request.params.index)];
      if (!/^\d+$/.test(request.params.index) || !file || file.name !== request.params.name) {
        return reply.code(404).send({ error: "not found", reason: "no such configuration file" });
      }
      const content = servedConfig(readerOf(request), options, Number(request.params.index));
      return reply
        .header("content-type", "application/octet-stream")
        .header("cache-control", "no-store")
        .send(Buffer.from(content));
    },
  );

  if (options.staticRoot !== null) {
    const opening = openingUrl(options.configFiles);
    if (opening !== null) {
      // The app's bare address opens the configuration the server was started with, so
      // `npm start` shows the demo at once; any query string (a shared link, another
      // configuration) is left alone.
      app.addHook("onRequest", async (request, reply) => {
        if (request.method === "GET" && request.url === "/") return reply.redirect(opening, 302);
      });
    }
    await app.register(fastifyStatic, { root: options.staticRoot, index: "index.html" });
  }
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: "not found", reason: `no ${request.method} ${request.url.split("?")[0]}` }),
  );
  return { app, hub, counters };
}

/** Whether the server can do its work now, and each check behind the answer. */
function readiness(hub: LiveHub): { ready: boolean; checks: object[] } {
  const live = hub.liveState();
  const checks: { name: string; ready: boolean; reason?: string }[] = [
    {
      name: "live state",
      ready: live.ready,
      ...(live.reason === undefined ? {} : { reason: live.reason }),
    },
  ];
  for (const source of hub.sourceHealth() as {
    source: string;
    available?: boolean;
    reason?: string | null;
  }[]) {
    checks.push({
      name: `source ${source.source}`,
      ready: source.available === true,
      ...(source.reason ? { reason: source.reason } : {}),
    });
  }
  return { ready: checks.every((check) => check.ready), checks };
}

/** The app's address with `?config=` set to the first configuration file the server serves. */
function openingUrl(files: ServerOptions["configFiles"]): string | null {
  const first = files[0];
  if (!first) return null;
  return `/?config=${encodeURIComponent(`/api/config/0/${encodeURIComponent(first.name)}`)}`;
}
