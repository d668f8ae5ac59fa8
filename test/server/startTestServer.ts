import { createServer, type StatsServer } from "../../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS, type ServerOptions } from "../../src/node/server/ServerOptions";

export const SECRET = "ocs-secret-for-tests";
export const TOKEN = "token-for-tests-0123456789";

export interface TestServer extends StatsServer {
  readonly url: string;
  close(): Promise<void>;
}

/** A real server on a free loopback port. */
export async function startTestServer(overrides: Partial<ServerOptions> = {}): Promise<TestServer> {
  const server = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret: SECRET,
    token: TOKEN,
    flushMs: 5,
    ...overrides,
  });
  const url = await server.app.listen({ host: "127.0.0.1", port: 0 });
  return { ...server, url, close: () => server.app.close() };
}
