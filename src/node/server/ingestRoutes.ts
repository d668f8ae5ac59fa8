import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { StatUpdate } from "../../model/stats/StatUpdate";
import { batchUpdates, statBatchSchema } from "../../model/stats/wire/statBatch";
import { describeIssue } from "./describeIssue";
import { FailureLimiter } from "./FailureLimiter";
import type { IngestCounters } from "./IngestCounters";
import { ObjectAllowance } from "./ObjectAllowance";
import { ocsGroupStateSchema } from "./ocsGroupState";
import type { OcsTranslator } from "./OcsTranslator";
import { secretMatches } from "./secretMatches";
import type { ServerOptions } from "./ServerOptions";
import type { LiveHub } from "./LiveHub";

/**
 * The two feeder endpoints. Each request first takes its share of the address's budget (one
 * budget for both endpoints, refused requests included), then an address that failed its
 * credentials too often is refused, and only then are credentials checked: all in `onRequest`,
 * before the body is read, so an unauthenticated client cannot make the server parse anything.
 * A body that fails its schema gets 400 with the first problem's path and is counted; nothing
 * of it is published.
 */
export function ingestRoutes(
  app: FastifyInstance,
  hub: LiveHub,
  translator: OcsTranslator,
  options: ServerOptions,
  counters: IngestCounters,
): void {
  const budget = app.rateLimit({ max: options.ingestPerMinute, timeWindow: 60_000 });
  const failures = new FailureLimiter(options.authFailuresPerMinute);
  const allowance = new ObjectAllowance(
    options.knownObjects,
    options.unknownObjectAllowance,
    hub.values,
    options.maxStatisticsPerObject,
  );

  const malformed = (reply: FastifyReply, reason: string) => {
    counters.malformed += 1;
    return reply.code(400).send({ error: "malformed body", reason });
  };

  /** Refuses an address that failed too often, else checks its credentials with `valid`. */
  const guard =
    (valid: (request: FastifyRequest) => boolean, refuse: (reply: FastifyReply) => FastifyReply) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      // The body of a refused request is never read: close the connection after answering.
      if (failures.blocked(request.ip)) {
        counters.rateLimited += 1;
        return reply.code(429).header("connection", "close").header("retry-after", "60").send({
          error: "too many requests",
          reason: "too many failed credentials; wait a minute",
        });
      }
      if (valid(request)) return;
      failures.recordFailure(request.ip);
      counters.unauthorized += 1;
      return refuse(reply.header("connection", "close"));
    };

  /**
   * Publishes and answers with what was applied; updates older than the value held are named
   * apart. A live state that cannot be reached keeps nothing: 503, so that the feeder sends again.
   */
  const accept = async (
    reply: FastifyReply,
    updates: readonly StatUpdate[],
    extra: object = {},
  ) => {
    const { admitted, refused } = allowance.admit(updates);
    let superseded: number;
    try {
      ({ superseded } = await hub.publish(admitted));
    } catch (error) {
      counters.liveStateUnavailable += 1;
      return reply
        .code(503)
        .header("retry-after", "2")
        .send({
          error: "live state unavailable",
          reason: `nothing was kept: ${error instanceof Error ? error.message : String(error)}`,
        });
    }
    counters.updatesPublished += admitted.length - superseded;
    counters.unknownObjectsRefused += refused;
    const reasons = [
      ...(superseded > 0
        ? [
            `${superseded} update${superseded === 1 ? "" : "s"} older than the value already held ${superseded === 1 ? "was" : "were"} not applied`,
          ]
        : []),
      ...(refused > 0
        ? [
            `${refused} update${refused === 1 ? "" : "s"} ${refused === 1 ? "was" : "were"} refused: ` +
              `an object outside the configuration past the ${allowance.limit} the server allows, ` +
              `or a statistic past the ${options.maxStatisticsPerObject} one object may hold`,
          ]
        : []),
    ];
    return reply.code(202).send({
      accepted: admitted.length - superseded,
      ...extra,
      ...(superseded > 0 ? { superseded } : {}),
      ...(refused > 0 ? { refused } : {}),
      ...(reasons.length > 0 ? { reason: reasons.join("; ") } : {}),
    });
  };

  app.post<{ Querystring: { secret?: unknown } }>(
    "/api/ocs/campaign-group-state",
    {
      bodyLimit: options.ocsBodyLimit,
      onRequest: [
        budget,
        guard(
          (request) => {
            const secret = (request.query as { secret?: unknown }).secret;
            return secretMatches(typeof secret === "string" ? secret : undefined, options.secret);
          },
          (reply) =>
            reply.code(403).send({ error: "forbidden", reason: "missing or wrong ?secret=" }),
        ),
      ],
    },
    async (request, reply) => {
      const parsed = ocsGroupStateSchema.safeParse(request.body);
      if (!parsed.success) return malformed(reply, describeIssue(parsed.error, request.body));
      const translation = translator.translate(parsed.data, Date.now(), (type, id) =>
        allowance.wouldAdmit(type, id),
      );
      if ("unplaced" in translation) {
        counters.ocsUnplaced += 1;
        return reply.code(400).send({ error: "unplaced report", reason: translation.unplaced });
      }
      const { updates, ignored } = translation;
      counters.ocsAccepted += 1;
      return accept(reply, updates, { objectId: updates[0]?.objectId, ignored });
    },
  );

  app.post(
    "/api/stats",
    {
      bodyLimit: options.statsBodyLimit,
      onRequest: [
        budget,
        guard(
          (request) => {
            const header = request.headers.authorization;
            const token = header?.startsWith("Bearer ")
              ? header.slice("Bearer ".length)
              : undefined;
            return secretMatches(token, options.token);
          },
          (reply) =>
            reply
              .code(401)
              .header("www-authenticate", 'Bearer realm="campaign-lens"')
              .send({ error: "unauthorized", reason: "missing or wrong bearer token" }),
        ),
      ],
    },
    async (request, reply) => {
      const parsed = statBatchSchema.safeParse(request.body);
      if (!parsed.success) return malformed(reply, describeIssue(parsed.error, request.body));
      const now = Date.now();
      const ahead = parsed.data.findIndex(
        (item) => item.timestamp !== undefined && item.timestamp > now + options.maxClockSkewMs,
      );
      if (ahead !== -1) {
        return malformed(
          reply,
          `[${ahead}].timestamp: ${new Date(parsed.data[ahead]!.timestamp!).toISOString()} is ahead of the server clock ` +
            `(${new Date(now).toISOString()}) by more than the ${options.maxClockSkewMs / 1000} s allowed`,
        );
      }
      counters.statsAccepted += 1;
      return accept(reply, batchUpdates(parsed.data, now));
    },
  );
}
