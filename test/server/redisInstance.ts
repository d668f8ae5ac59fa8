// A statistics server on a shared Redis, in a process of its own so that a test can kill it
// outright (SIGKILL) mid-stream. Prints its address as one JSON line once it listens.
import { createServer } from "../../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS } from "../../src/node/server/ServerOptions";
import { SECRET, TOKEN } from "./startTestServer";

const redisUrl = process.argv[2]!;
const { app } = await createServer({
  ...DEFAULT_SERVER_OPTIONS,
  secret: SECRET,
  token: TOKEN,
  flushMs: 5,
  ringSize: 10_000,
  ingestPerMinute: 100_000,
  redisUrl,
});
const url = await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(`${JSON.stringify({ url })}\n`);
