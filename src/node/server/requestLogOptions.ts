import type { FastifyServerOptions } from "fastify";

/** Where the server's JSON log lines go (one line per call, without its newline). */
export interface LogSink {
  write(line: string): void;
}

interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  readonly ip: string;
}

/**
 * Fastify's logger as JSON lines, one per request and per error, each with its request id. The
 * request is logged by method and path only: a query string can hold the OCS secret, and
 * headers the feeders' token, so neither is ever written.
 */
export function requestLogOptions(sink: LogSink): NonNullable<FastifyServerOptions["logger"]> {
  return {
    level: "info",
    stream: { write: (line: string) => sink.write(line.trimEnd()) },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        path: request.url.split("?")[0],
        ip: request.ip,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
