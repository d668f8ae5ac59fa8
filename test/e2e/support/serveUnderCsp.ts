import { resolve } from "node:path";
import { createServer } from "../../../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS } from "../../../src/node/server/ServerOptions";

export interface CspServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The built app as production serves it: by the project's own server, with its security
 * headers and Content Security Policy, so a test sees what the policy refuses.
 */
export async function serveUnderCsp(): Promise<CspServer> {
  const server = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret: "e2e-secret",
    token: "e2e-token",
    staticRoot: resolve("dist"),
  });
  const url = await server.app.listen({ host: "127.0.0.1", port: 0 });
  return { url, close: () => server.app.close() };
}
