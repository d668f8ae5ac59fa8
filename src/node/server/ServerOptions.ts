export interface ServerOptions {
  /** The secret OCS puts in the URL (`?secret=`): OCS cannot send custom headers. */
  readonly secret: string;
  /** The bearer token POST /api/stats requires. */
  readonly token: string;
  /** The built app to serve (dist/), or null for the API alone. */
  readonly staticRoot: string | null;
  /** The configuration files loaded with --config, served at /api/config/<n>/<name> for the app to open. */
  readonly configFiles: readonly { readonly name: string; readonly content: Uint8Array }[];
  /** Campaign groups the loaded configuration knows, so a campaign's status counts them all. */
  readonly knownGroups: readonly { readonly id: string; readonly campaignId: string }[];
  /** The periodic interval sources report at (ms): OCS's campaigngroup-states-interval. */
  readonly intervalMs: number;
  readonly ringSize: number;
  readonly flushMs: number;
  readonly heartbeatMs: number;
  /** A stream client further behind than this is disconnected (it resumes on reconnect). */
  readonly maxQueuedBytes: number;
  readonly ocsBodyLimit: number;
  readonly statsBodyLimit: number;
  /** Requests per minute per client address. */
  readonly ingestPerMinute: number;
  readonly readPerMinute: number;
}

export const DEFAULT_SERVER_OPTIONS: Omit<ServerOptions, "secret" | "token"> = {
  staticRoot: null,
  configFiles: [],
  knownGroups: [],
  intervalMs: 10_000,
  ringSize: 200_000,
  flushMs: 20,
  heartbeatMs: 15_000,
  maxQueuedBytes: 8 * 1024 * 1024,
  ocsBodyLimit: 64 * 1024,
  statsBodyLimit: 2 * 1024 * 1024,
  ingestPerMinute: 12_000,
  readPerMinute: 1_200,
};
