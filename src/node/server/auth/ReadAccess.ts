import type { ConfigModel } from "../../../model/config/ConfigModel";
import { OidcSignIn } from "./OidcSignIn";
import { ReadTokenStore } from "./ReadTokenStore";
import type { ServerSettings } from "./ServerSettings";
import { MemorySessionStore } from "./MemorySessionStore";
import { RedisSessionStore } from "./RedisSessionStore";
import type { SessionStore } from "./SessionStore";
import { TenantDirectory } from "./TenantDirectory";

/** Everything a server that requires sign-in for reads needs. */
export interface ReadAccess {
  readonly settings: ServerSettings;
  /** The loaded configuration: which tenant each object belongs to, and what a reader is served. */
  readonly model: ConfigModel | null;
  readonly directory: TenantDirectory;
  readonly sessions: SessionStore;
  readonly tokens: ReadTokenStore | null;
  readonly oidc: OidcSignIn | null;
  /** How often sessions are checked for expiry and revoked tokens (ms). */
  readonly sweepMs: number;
}

export function createReadAccess(
  settings: ServerSettings,
  model: ConfigModel | null,
  options: {
    readonly tokenCheckMs?: number;
    readonly sweepMs?: number;
    /** The clock sessions and tokens expire by. */
    readonly now?: () => number;
    /** Keeps sessions in this Redis, shared by every server using it; else in this process. */
    readonly redisUrl?: string | null;
    readonly redisKeyPrefix?: string;
  } = {},
): ReadAccess {
  const directory = new TenantDirectory(model);
  return {
    settings,
    model,
    directory,
    sessions:
      options.redisUrl == null
        ? new MemorySessionStore(undefined, options.now)
        : new RedisSessionStore({
            url: options.redisUrl,
            ...(options.redisKeyPrefix === undefined ? {} : { keyPrefix: options.redisKeyPrefix }),
            scopeOf: (tenants) => (tenants === "*" ? null : directory.scopeOf(tenants)),
            ...(options.now === undefined ? {} : { now: options.now }),
          }),
    tokens:
      settings.readTokensFile === null
        ? null
        : new ReadTokenStore(settings.readTokensFile, options.tokenCheckMs ?? 1000, options.now),
    oidc: settings.oidc === null ? null : new OidcSignIn(settings.oidc),
    sweepMs: options.sweepMs ?? 1000,
  };
}
