import type { FastifyInstance } from "fastify";
import { formatEventId, parseEventId } from "./eventId";
import type { IngestCounters } from "./IngestCounters";
import { SECURITY_HEADERS } from "./securityHeaders";
import type { ServerOptions } from "./ServerOptions";
import { StreamClient } from "./StreamClient";
import type { UpdateHub } from "./UpdateHub";

/**
 * GET /api/stream: Server-Sent Events. `updates` events carry a JSON array of updates and
 * the id of the last one; `reset` carries a whole snapshot, sent when the client's
 * Last-Event-ID (header, or `?lastEventId=` for clients that cannot set headers) is from
 * another server instance or has left the ring buffer. Comments are heartbeats.
 */
export function streamRoute(
  app: FastifyInstance,
  hub: UpdateHub,
  options: ServerOptions,
  counters: IngestCounters,
): void {
  app.get<{ Querystring: { lastEventId?: string } }>(
    "/api/stream",
    { config: { rateLimit: { max: options.readPerMinute, timeWindow: 60_000 } } },
    (request, reply) => {
      const header = request.headers["last-event-id"];
      const lastEventId =
        (typeof header === "string" ? header : undefined) ?? request.query.lastEventId;
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
      const client = new StreamClient(res, options.maxQueuedBytes, () => {
        counters.slowClientsDisconnected += 1;
      });
      client.send(`retry: 2000\n: campaign-lens ${hub.instance}\n\n`);

      if (lastEventId !== undefined && lastEventId !== "") {
        const from = parseEventId(lastEventId);
        const missed = from && from.instance === hub.instance ? hub.since(from.seq) : null;
        if (missed === null) {
          const snapshot = hub.snapshot();
          client.send(
            `id: ${snapshot.lastEventId}\nevent: reset\ndata: ${JSON.stringify(snapshot)}\n\n`,
          );
        } else if (missed.length > 0) {
          client.send(hub.encode(missed));
        }
      }
      const current = hub.snapshotSeq;
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
      });
    },
  );
}
