import { randomBytes } from "node:crypto";
import type { ReadScope } from "../ReadScope";

/** A signed-in reader: what they may see, until when, and how they signed in. */
export interface Session {
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
  /** Ends what the session holds open (its event streams) when it ends. */
  readonly onEnd: Set<() => void>;
}

/**
 * Sessions by the random id their cookie carries. They expire, end on sign-out, and end when
 * `endWhere` says so (a revoked token); ending one closes its open streams. The number held is
 * bounded: past `maxSessions` the oldest ends, so no one can grow memory by signing in again
 * and again.
 */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #maxSessions: number;
  readonly #now: () => number;

  constructor(maxSessions = 20_000, now: () => number = Date.now) {
    this.#maxSessions = maxSessions;
    this.#now = now;
  }

  get size(): number {
    return this.#sessions.size;
  }

  create(fields: Omit<Session, "id" | "onEnd" | "expiresAt">, lifetimeMs: number): Session {
    const session: Session = {
      ...fields,
      id: randomBytes(32).toString("base64url"),
      expiresAt: this.#now() + lifetimeMs,
      onEnd: new Set(),
    };
    this.#sessions.set(session.id, session);
    if (this.#sessions.size > this.#maxSessions) {
      const oldest = this.#sessions.keys().next().value;
      if (oldest !== undefined) this.end(oldest);
    }
    return session;
  }

  /** The live session of a cookie's id; an expired one is ended on the way. */
  get(id: string): Session | null {
    const session = this.#sessions.get(id);
    if (session === undefined) return null;
    if (session.expiresAt <= this.#now()) {
      this.end(id);
      return null;
    }
    return session;
  }

  end(id: string): void {
    const session = this.#sessions.get(id);
    if (session === undefined) return;
    this.#sessions.delete(id);
    for (const close of session.onEnd) close();
    session.onEnd.clear();
  }

  /** Ends every session that has expired or that `ended` says is over. */
  sweep(ended: (session: Session) => boolean = () => false): void {
    const now = this.#now();
    for (const session of [...this.#sessions.values()]) {
      if (session.expiresAt <= now || ended(session)) this.end(session.id);
    }
  }

  endAll(): void {
    for (const id of [...this.#sessions.keys()]) this.end(id);
  }
}
