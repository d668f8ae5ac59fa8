import type { FastifyInstance, onRequestHookHandler } from "fastify";
import { readerOf } from "./auth/Reader";
import { formatEventId, parseEventId } from "./eventId";
import type { IngestCounters } from "./IngestCounters";
import type { LiveHub } from "./LiveHub";
import { ReplayPump } from "./ReplayPump";
import { SECURITY_HEADERS } from "./securityHeaders";
import type { ServerOptions } from "./ServerOptions";
import { StreamClient } from "./StreamClient";

/**
 * GET /api/stream: Server-Sent Events. `updates` events carry a JSON array of updates and
 * the id of the last one; `reset` carries a whole snapshot, sent when the client's
 * Last-Event-ID (header, or `?lastEventId=` for clients that cannot set headers) is from
 * another server instance, has left the ring buffer, or is further behind than a replay is
 * worth. A client whose id is ahead of this server (another server sharing the live state
 * served it) waits until this one has caught up. A signed-in reader limited to some tenants
 * gets only their objects, in live events, replays and resets alike. Comments are heartbeats. Streams are capped per address and in all, and so are the
 * replays being written at once; a refused stream gets 429 or 503 with Retry-After, which the
 * app's reconnecting feed waits out.
 */
export function streamRoute(
  app: FastifyInstance,
  hub: LiveHub,
  options: ServerOptions,
  counters: IngestCounters,
  readBudget: onRequestHookHandler,
): void {
  const pump = new ReplayPump();
  const perAddress = new Map<string, number>();
  const replaysPerAddress = new Map<string, number>();
  let replaying = 0;
  // Streams admitted but still waiting for this server to catch up (Redis): counted, so that
  // a crowd of such requests cannot all pass the caps while they wait.
  let waiting = 0;
  const add = (counts: Map<string, number>, address: string, by: number) => {
    const left = (counts.get(address) ?? 0) + by;
    if (left <= 0) counts.delete(address);
    else counts.set(address, left);
  };

  app.get<{ Querystring: { lastEventId?: unknown } }>(
    "/api/stream",
    { onRequest: readBudget },
    async (request, reply) => {
      const header = request.headers["last-event-id"];
      const query = request.query.lastEventId;
      const lastEventId =
        typeof header === "string" ? header : typeof query === "string" ? query : undefined;
      const resuming = lastEventId !== undefined && lastEventId !== "";
      const address = request.ip;
      const refusal =
        (perAddress.get(address) ?? 0) >= options.maxStreamsPerAddress
          ? { code: 429, reason: `at most ${options.maxStreamsPerAddress} streams per address` }
          : hub.clients.size + waiting >= options.maxStreams
            ? { code: 503, reason: "the server has as many streams as it serves" }
            : resuming &&
                (replaying >= options.maxConcurrentReplays ||
                  (replaysPerAddress.get(address) ?? 0) >= options.maxReplaysPerAddress)
              ? { code: 503, reason: "too many clients resuming at once" }
              : null;
      if (refusal !== null) {
        counters.streamsRefused += 1;
        return reply
          .code(refusal.code)
          .header("retry-after", "2")
          .send({ error: "stream refused", reason: refusal.reason });
      }

      // The stream's slot, and a replay slot when resuming, are taken now and given back once.
      add(perAddress, address, 1);
      let replaySlot = resuming;
      if (replaySlot) {
        replaying += 1;
        add(replaysPerAddress, address, 1);
      }
      const releaseReplay = () => {
        if (!replaySlot) return;
        replaySlot = false;
        replaying -= 1;
        add(replaysPerAddress, address, -1);
      };
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        add(perAddress, address, -1);
        releaseReplay();
      };

      const from = resuming ? parseEventId(lastEventId) : null;
      if (from !== null && from.instance === hub.instance && from.seq > hub.snapshotSeq) {
        waiting += 1;
        try {
          await hub.caughtUp(from.seq);
        } finally {
          waiting -= 1;
        }
        if (request.raw.destroyed) {
          release();
          return reply.hijack();
        }
      }

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.socket?.setNoDelay(true);
      const scope = readerOf(request).scope;
      const client = new StreamClient(
        res,
        options.maxQueuedBytes,
        pump,
        () => {
          counters.slowClientsDisconnected += 1;
        },
        scope,
      );
      client.send(`retry: 2000\n: campaign-lens ${hub.instance}\n\n`);

      const current = hub.snapshotSeq;
      const replay = (source: ReturnType<LiveHub["replaySource"]>) => {
        // A replay that does not finish in time holds a slot for nothing: a client that stops
        // reading mid-replay is let go, and resumes from what it has if it comes back.
        const timer = setTimeout(() => {
          counters.slowClientsDisconnected += 1;
          client.close();
        }, options.replayTimeoutMs);
        client.replay(source, () => {
          clearTimeout(timer);
          releaseReplay();
        });
      };
      if (resuming) {
        const replayable =
          from !== null &&
          from.instance === hub.instance &&
          from.seq <= current &&
          from.seq + 1 >= hub.oldestSeq &&
          current - from.seq <= options.maxReplayUpdates;
        if (!replayable) {
          counters.resets += 1;
          replay(hub.resetSource(scope));
        } else if (from.seq < current) {
          counters.replays += 1;
          replay(hub.replaySource(from.seq, current, scope));
        }
      }
      if (!client.replaying) releaseReplay();
      // Queued behind the replay, if any: `hello` marks where the live part begins.
      client.send(
        `id: ${formatEventId(hub.instance, current)}\nevent: hello\n` +
          `data: ${JSON.stringify({ instance: hub.instance, seq: current, intervalMs: options.intervalMs })}\n\n`,
      );
      client.send(hub.encodeSources());
      hub.clients.add(client);

      const heartbeat = setInterval(() => client.send(": heartbeat\n\n"), options.heartbeatMs);
      heartbeat.unref();
      res.on("close", () => {
        clearInterval(heartbeat);
        hub.clients.delete(client);
        client.close();
        release();
      });
    },
  );
}
