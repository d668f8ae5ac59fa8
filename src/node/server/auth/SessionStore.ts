import type { ReadScope } from "../ReadScope";

/** A signed-in reader: what they may see, until when, and how they signed in. */
export interface Session {
  /** The random id the cookie carries. */
  readonly id: string;
  /** Who it is, for /auth/me: the user's name or the token's label. */
  readonly name: string;
  readonly method: "oidc" | "read-token";
  /** The tenants allowed, or "*" for every tenant. */
  readonly tenants: readonly string[] | "*";
  readonly scope: ReadScope | null;
  readonly expiresAt: number;
  /** For a token's session: the token, whose revocation ends it. */
  readonly token?: { readonly id: string; readonly expiresAt: string | null };
  /** Ends what the session holds open on this server (its event streams) when it ends. */
  readonly onEnd: Set<() => void>;
}

/** What a session is started with. */
export type SessionFields = Omit<Session, "id" | "onEnd" | "expiresAt">;

/**
 * Where sessions live: in this process, or in Redis where every server sharing it sees the
 * same ones. Sessions expire, end on sign-out, and end when `sweep` is told their token was
 * revoked; ending one closes its open streams on every server within a sweep.
 */
export interface SessionStore {
  create(fields: SessionFields, lifetimeMs: number): Promise<Session>;
  /** The live session of a cookie's id; an expired one is ended on the way. */
  get(id: string): Promise<Session | null>;
  end(id: string): Promise<void>;
  /**
   * Ends the sessions holding streams open on this server that have expired, that `ended`
   * says are over, or that another server ended.
   */
  sweep(ended: (session: Session) => boolean): Promise<void>;
  /** Closes what this server holds open; sessions shared with other servers live on. */
  close(): Promise<void>;
}

/** The session store cannot answer (Redis unreachable): the request is refused, not let through. */
export class SessionStoreUnavailable extends Error {
  override readonly name = "SessionStoreUnavailable";
  readonly statusCode = 503;
}
