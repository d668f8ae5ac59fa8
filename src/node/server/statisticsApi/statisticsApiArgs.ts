import type { StatisticsApiCredentialOptions } from "./StatisticsApiCredentials";

/** The Statistics API source as the command line and environment configure it. */
export interface StatisticsApiArgs {
  readonly baseUrl: string;
  readonly credentials: StatisticsApiCredentialOptions;
  /** A mapping file, or null for the default mapping. */
  readonly mappingFile: string | null;
}

export const STATISTICS_API_USAGE = `  --statistics-api <url>
                       open statistics through the Genesys Statistics API at this base URL
                       (…/statistics/v3) for every object of the loaded configuration
  --api-key <key>      its x-api-key (STATISTICS_API_KEY)
  --token-url <url>    OAuth 2 token URL for client credentials (STATISTICS_API_CLIENT_ID and
                       STATISTICS_API_CLIENT_SECRET); without it, a bearer token is taken from
                       STATISTICS_API_TOKEN if set
  --statistics-mapping <file>
                       which Stat Server statistic feeds each figure (default: the shipped mapping)
`;

export class StatisticsApiArgsError extends Error {}

function httpUrl(flag: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StatisticsApiArgsError(`${flag} must be an http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new StatisticsApiArgsError(`${flag} must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, "");
}

/** The source's settings from flags (which win) and environment; null without --statistics-api. */
export function statisticsApiArgs(
  values: {
    readonly "statistics-api"?: string;
    readonly "api-key"?: string;
    readonly "token-url"?: string;
    readonly "statistics-mapping"?: string;
  },
  env: NodeJS.ProcessEnv,
): StatisticsApiArgs | null {
  const raw = values["statistics-api"];
  if (raw === undefined) {
    for (const flag of ["api-key", "token-url", "statistics-mapping"] as const) {
      if (values[flag] !== undefined)
        throw new StatisticsApiArgsError(`--${flag} needs --statistics-api`);
    }
    return null;
  }
  const baseUrl = httpUrl("--statistics-api", raw);
  const tokenUrl = values["token-url"];
  let oauth: StatisticsApiCredentialOptions["oauth"] = null;
  if (tokenUrl !== undefined) {
    const clientId = env.STATISTICS_API_CLIENT_ID;
    const clientSecret = env.STATISTICS_API_CLIENT_SECRET;
    if (!clientId || !clientSecret) {
      throw new StatisticsApiArgsError(
        "--token-url needs STATISTICS_API_CLIENT_ID and STATISTICS_API_CLIENT_SECRET in the environment",
      );
    }
    oauth = { tokenUrl: httpUrl("--token-url", tokenUrl), clientId, clientSecret };
  }
  return {
    baseUrl,
    credentials: {
      apiKey: values["api-key"] ?? env.STATISTICS_API_KEY ?? null,
      token: oauth ? null : (env.STATISTICS_API_TOKEN ?? null),
      oauth,
    },
    mappingFile: values["statistics-mapping"] ?? null,
  };
}
