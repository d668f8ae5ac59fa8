import { parseArgs } from "node:util";
import { isLoopbackHost } from "./auth/isLoopbackHost";
import {
  STATISTICS_API_USAGE,
  statisticsApiArgs,
  StatisticsApiArgsError,
  type StatisticsApiArgs,
} from "./statisticsApi/statisticsApiArgs";

export interface ServerArgs {
  readonly host: string;
  readonly port: number;
  readonly configFiles: readonly string[];
  readonly simulate: boolean;
  readonly seed: number;
  readonly secret: string | null;
  readonly token: string | null;
  readonly staticRoot: string;
  readonly maxClockSkewMs: number;
  /** The Statistics API source, or null when --statistics-api is not given. */
  readonly statisticsApi: StatisticsApiArgs | null;
  readonly redisUrl: string | null;
  /** Host names besides loopback ones that requests may carry. */
  readonly allowedHosts: readonly string[];
  /** Reverse proxies whose X-Forwarded-For is believed. */
  readonly trustedProxies: readonly string[];
  /** The server settings file (sign-in, tenants); required unless the host is loopback. */
  readonly settingsFile: string | null;
}

export const SERVER_USAGE = `Usage: npm start -- [options]

  --host <address>     listen address (HOST; default 127.0.0.1, loopback only); any other
                       address needs --settings with a way to sign in
  --settings <file>    server settings (SERVER_SETTINGS): OpenID Connect sign-in, read tokens
                       for wall screens, session lifetime, which tenants each reader sees
  --port <n>           listen port (PORT; default 8080; 0 picks a free one)
  --config <files...>  configuration exports to load (mutagen JSON/RAW, Configuration Server XML)
  --simulate           drive the loaded configuration with the simulator (without --config:
                       the built-in demo sample)
  --seed <n>           the simulator's seed (default 1)
  --secret <s>         the OCS secret expected in ?secret= (OCS_SECRET; at least 16 characters;
                       generated when missing)
  --token <t>          the bearer token for POST /api/stats (STATS_TOKEN; at least 16 characters;
                       generated when missing)
  --dist <dir>         the built app to serve (default dist)
  --clock-skew <s>     how far ahead of this server's clock a feeder's timestamp may be
                       (default 5 seconds; further ahead is refused with 400)

  --allowed-host <name> a Host name requests may carry besides loopback ones and the --host
                       address (repeatable; ALLOWED_HOSTS, comma-separated): the name users
                       type, or the reverse proxy's
  --trust-proxy <addr>  a reverse proxy (address or CIDR; repeatable; TRUST_PROXY, comma-separated)
                       whose X-Forwarded-For names the client: per-address limits then count
                       browsers, not the proxy
  --redis <url>        keep the live state (update log, last values) in Redis, shared by every
                       server started with the same URL (REDIS_URL; redis:// or rediss://);
                       without it the live state is in memory and lost on restart
${STATISTICS_API_USAGE}`;

export class ServerArgsError extends Error {}

function commaList(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** Shorter secrets can be guessed within the failure budget's lifetime of a server. */
const MIN_SECRET_LENGTH = 16;

function integer(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new ServerArgsError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Flags win over environment variables; files after --config may also follow as positionals. */
export function parseServerArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ServerArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        host: { type: "string" },
        port: { type: "string" },
        config: { type: "string", multiple: true },
        simulate: { type: "boolean", default: false },
        seed: { type: "string" },
        secret: { type: "string" },
        token: { type: "string" },
        dist: { type: "string" },
        "clock-skew": { type: "string" },
        "statistics-api": { type: "string" },
        "api-key": { type: "string" },
        "token-url": { type: "string" },
        "statistics-mapping": { type: "string" },
        redis: { type: "string" },
        "allowed-host": { type: "string", multiple: true },
        "trust-proxy": { type: "string", multiple: true },
        settings: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new ServerArgsError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new ServerArgsError("");
  const secret = values.secret ?? env.OCS_SECRET ?? null;
  const token = values.token ?? env.STATS_TOKEN ?? null;
  for (const [name, value] of [
    ["the OCS secret", secret],
    ["the stats token", token],
  ] as const) {
    if (value !== null && value.length < MIN_SECRET_LENGTH)
      throw new ServerArgsError(`${name} must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  let statisticsApi: StatisticsApiArgs | null;
  try {
    statisticsApi = statisticsApiArgs(values, env);
  } catch (error) {
    if (error instanceof StatisticsApiArgsError) throw new ServerArgsError(error.message);
    throw error;
  }
  const redisUrl = values.redis ?? env.REDIS_URL ?? null;
  if (redisUrl !== null && !/^rediss?:\/\/[^/?#\s]/.test(redisUrl)) {
    throw new ServerArgsError(
      "--redis must be a redis:// or rediss:// URL, such as redis://127.0.0.1:6379",
    );
  }
  const host = values.host ?? env.HOST ?? "127.0.0.1";
  const settingsFile = values.settings ?? env.SERVER_SETTINGS ?? null;
  if (settingsFile === null && !isLoopbackHost(host)) {
    throw new ServerArgsError(
      `refusing --host ${host} without sign-in: other machines could read every statistic. Give ` +
        "--settings <file> with a way to sign in (OpenID Connect or read tokens; see " +
        "docs/server-settings.sample.json), " +
        "or listen on loopback (127.0.0.1, ::1, localhost)",
    );
  }
  return {
    host,
    port: integer("--port", values.port ?? env.PORT ?? "8080", 0, 65535),
    configFiles: [...(values.config ?? []), ...positionals],
    simulate: values.simulate ?? false,
    seed: integer("--seed", values.seed ?? "1", 0, 2 ** 32 - 1),
    secret,
    token,
    staticRoot: values.dist ?? "dist",
    maxClockSkewMs: integer("--clock-skew", values["clock-skew"] ?? "5", 0, 3600) * 1000,
    statisticsApi,
    redisUrl,
    allowedHosts: [...(values["allowed-host"] ?? []), ...commaList(env.ALLOWED_HOSTS)],
    trustedProxies: [...(values["trust-proxy"] ?? []), ...commaList(env.TRUST_PROXY)],
    settingsFile,
  };
}
