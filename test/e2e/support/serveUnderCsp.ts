import { resolve } from "node:path";
import { createServer, type StatsServer } from "../../../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS, type ServerOptions } from "../../../src/node/server/ServerOptions";

export interface CspServer extends StatsServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The built app as production serves it: by the project's own server, with its security
 * headers and Content Security Policy, so a test sees what the policy refuses. `options` add
 * what a test serves beside the app (configuration files, sign-in).
 */
export async function serveUnderCsp(options: Partial<ServerOptions> = {}): Promise<CspServer> {
  const server = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret: "e2e-ocs-secret-0123456789",
    token: "e2e-stats-token-0123456789",
    staticRoot: resolve("dist"),
    ...options,
  });
  const url = await server.app.listen({ host: "127.0.0.1", port: 0 });
  return { ...server, url, close: () => server.app.close() };
}
