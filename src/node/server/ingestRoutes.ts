import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { describeIssue } from "./describeIssue";
import type { IngestCounters } from "./IngestCounters";
import { ocsGroupStateSchema } from "./ocsGroupState";
import type { OcsTranslator } from "./OcsTranslator";
import { secretMatches } from "./secretMatches";
import type { ServerOptions } from "./ServerOptions";
import { batchUpdates, statBatchSchema } from "./statBatch";
import type { UpdateHub } from "./UpdateHub";

/**
 * The two feeder endpoints. Credentials are checked in `onRequest`, before the body is read,
 * so an unauthenticated client cannot make the server parse anything. A body that fails its
 * schema gets 400 with the first problem's path and is counted; nothing of it is published.
 */
export function ingestRoutes(
  app: FastifyInstance,
  hub: UpdateHub,
  translator: OcsTranslator,
  options: ServerOptions,
  counters: IngestCounters,
): void {
  const rateLimit = { max: options.ingestPerMinute, timeWindow: 60_000 };

  const malformed = (reply: FastifyReply, reason: string) => {
    counters.malformed += 1;
    return reply.code(400).send({ error: "malformed body", reason });
  };

  app.post<{ Querystring: { secret?: unknown } }>(
    "/api/ocs/campaign-group-state",
    {
      bodyLimit: options.ocsBodyLimit,
      config: { rateLimit },
      onRequest: async (request: FastifyRequest<{ Querystring: { secret?: unknown } }>, reply) => {
        const secret = request.query.secret;
        if (!secretMatches(typeof secret === "string" ? secret : undefined, options.secret)) {
          counters.unauthorized += 1;
          return reply.code(403).send({ error: "forbidden", reason: "missing or wrong ?secret=" });
        }
      },
    },
    async (request, reply) => {
      const parsed = ocsGroupStateSchema.safeParse(request.body);
      if (!parsed.success) return malformed(reply, describeIssue(parsed.error, request.body));
      const { updates, ignored } = translator.translate(parsed.data, Date.now());
      hub.publish(updates);
      counters.ocsAccepted += 1;
      counters.updatesPublished += updates.length;
      return reply
        .code(202)
        .send({ accepted: updates.length, objectId: updates[0]?.objectId, ignored });
    },
  );

  app.post(
    "/api/stats",
    {
      bodyLimit: options.statsBodyLimit,
      config: { rateLimit },
      onRequest: async (request, reply) => {
        const header = request.headers.authorization;
        const token = header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : undefined;
        if (!secretMatches(token, options.token)) {
          counters.unauthorized += 1;
          return reply
            .code(401)
            .header("www-authenticate", 'Bearer realm="campaign-lens"')
            .send({ error: "unauthorized", reason: "missing or wrong bearer token" });
        }
      },
    },
    async (request, reply) => {
      const parsed = statBatchSchema.safeParse(request.body);
      if (!parsed.success) return malformed(reply, describeIssue(parsed.error, request.body));
      const updates = batchUpdates(parsed.data, Date.now());
      hub.publish(updates);
      counters.statsAccepted += 1;
      counters.updatesPublished += updates.length;
      return reply.code(202).send({ accepted: updates.length });
    },
  );
}
