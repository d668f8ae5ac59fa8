import { randomBytes } from "node:crypto";
import type { Session, SessionFields, SessionStore } from "./SessionStore";

/**
 * Sessions in this process, by the random id their cookie carries: a server on its own.
 * The number held is bounded: past `maxSessions` the oldest ends, so no one can grow memory
 * by signing in again and again.
 */
export class MemorySessionStore implements SessionStore {
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

  async create(fields: SessionFields, lifetimeMs: number): Promise<Session> {
    const session: Session = {
      ...fields,
      id: randomBytes(32).toString("base64url"),
      expiresAt: this.#now() + lifetimeMs,
      onEnd: new Set(),
    };
    this.#sessions.set(session.id, session);
    if (this.#sessions.size > this.#maxSessions) {
      const oldest = this.#sessions.keys().next().value;
      if (oldest !== undefined) this.#end(oldest);
    }
    return session;
  }

  async get(id: string): Promise<Session | null> {
    const session = this.#sessions.get(id);
    if (session === undefined) return null;
    if (session.expiresAt <= this.#now()) {
      this.#end(id);
      return null;
    }
    return session;
  }

  async end(id: string): Promise<void> {
    this.#end(id);
  }

  async sweep(ended: (session: Session) => boolean = () => false): Promise<void> {
    const now = this.#now();
    for (const session of [...this.#sessions.values()]) {
      if (session.expiresAt <= now || ended(session)) this.#end(session.id);
    }
  }

  /** The process is going away, and its sessions with it. */
  async close(): Promise<void> {
    for (const id of [...this.#sessions.keys()]) this.#end(id);
  }

  #end(id: string): void {
    const session = this.#sessions.get(id);
    if (session === undefined) return;
    this.#sessions.delete(id);
    for (const close of session.onEnd) close();
    session.onEnd.clear();
  }
}
