import type { FeedConfiguration } from "../../model/stats/FeedConfiguration";
import type { StatKey } from "../../model/stats/StatKey";
import type { ReadAccess } from "./auth/ReadAccess";
import type { KnownGroup } from "./ocsGroupDirectory";
import type { LogSink } from "./requestLogOptions";

export interface ServerOptions {
  /** The address the server listens on (its own name is then a Host it answers to), or null. */
  readonly listenHost: string | null;
  /** Host names, besides loopback ones, that requests may carry (a reverse proxy's public name). */
  readonly allowedHosts: readonly string[];
  /** The (type, Stat Server id) keys of the loaded configuration's objects: always accepted from feeders. */
  readonly knownObjects: ReadonlySet<StatKey>;
  /** How many objects outside the configuration feeders may add before their updates are refused. */
  readonly unknownObjectAllowance: number;
  /** How many distinct statistics one object may hold; a feeder's new names past it are refused. */
  readonly maxStatisticsPerObject: number;
  /**
   * Addresses of reverse proxies whose X-Forwarded-For names the client: every per-address
   * limit then counts the browser, not the proxy. Empty: the socket's address is the client's.
   */
  readonly trustedProxies: readonly string[];
  /** Where the JSON request log goes; null for none. */
  readonly log: LogSink | null;
  /** The secret OCS puts in the URL (`?secret=`): OCS cannot send custom headers. */
  readonly secret: string;
  /** The bearer token POST /api/stats requires. */
  readonly token: string;
  /** The built app to serve (dist/), or null for the API alone. */
  readonly staticRoot: string | null;
  /** The configuration files loaded with --config, served at /api/config/<n>/<name> for the app to open. */
  readonly configFiles: readonly { readonly name: string; readonly content: Uint8Array }[];
  /** Campaign groups the loaded configuration knows, so a campaign's status counts them all and OCS reports without a campaign name can be placed. */
  readonly knownGroups: readonly KnownGroup[];
  /** The periodic interval sources report at (ms): OCS's campaigngroup-states-interval. */
  readonly intervalMs: number;
  readonly ringSize: number;
  readonly flushMs: number;
  readonly heartbeatMs: number;
  /** A stream client further behind than this is disconnected (it resumes on reconnect). */
  readonly maxQueuedBytes: number;
  /** A client resuming further behind than this many updates gets a snapshot instead of a replay. */
  readonly maxReplayUpdates: number;
  /** Replays and resets being written at once; a stream asking for one more is refused (503). */
  readonly maxConcurrentReplays: number;
  /** Replays and resets being written at once for one client address. */
  readonly maxReplaysPerAddress: number;
  /** A replay not written within this time (the client stopped reading) ends its stream. */
  readonly replayTimeoutMs: number;
  /** Open streams per client address, and in all. */
  readonly maxStreamsPerAddress: number;
  readonly maxStreams: number;
  /** Time allowed to receive a request's headers, and the whole request with its body. */
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly ocsBodyLimit: number;
  readonly statsBodyLimit: number;
  /** Requests per minute per client address, refused ones included: one budget for both feeder endpoints, one for every read route. */
  readonly ingestPerMinute: number;
  readonly readPerMinute: number;
  /** Wrong secrets or tokens per minute per client address before it is refused outright. */
  readonly authFailuresPerMinute: number;
  /** How far ahead of the server clock a reported timestamp may be (ms). */
  readonly maxClockSkewMs: number;
  /** Where the live state is kept and shared with other servers; null: in this process's memory, lost on restart. */
  readonly redisUrl: string | null;
  /** Sign-in for reads and tenant scoping; null: every reader sees everything (loopback only). */
  readonly access: ReadAccess | null;
  /**
   * The configuration the figures are for, stated in the snapshot and health so that a page
   * can tell whether the live feed is for the configuration it has open; null: not stated.
   */
  readonly configuration: FeedConfiguration | null;
}

export const DEFAULT_SERVER_OPTIONS: Omit<ServerOptions, "secret" | "token"> = {
  listenHost: null,
  allowedHosts: [],
  log: null,
  trustedProxies: [],
  knownObjects: new Set(),
  unknownObjectAllowance: 10_000,
  maxStatisticsPerObject: 256,
  staticRoot: null,
  configFiles: [],
  knownGroups: [],
  intervalMs: 10_000,
  ringSize: 200_000,
  flushMs: 20,
  heartbeatMs: 15_000,
  maxQueuedBytes: 8 * 1024 * 1024,
  maxReplayUpdates: 20_000,
  maxConcurrentReplays: 64,
  maxReplaysPerAddress: 8,
  replayTimeoutMs: 30_000,
  maxStreamsPerAddress: 32,
  maxStreams: 2_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  ocsBodyLimit: 64 * 1024,
  statsBodyLimit: 2 * 1024 * 1024,
  ingestPerMinute: 12_000,
  readPerMinute: 1_200,
  authFailuresPerMinute: 30,
  maxClockSkewMs: 5_000,
  redisUrl: null,
  access: null,
  configuration: null,
};
