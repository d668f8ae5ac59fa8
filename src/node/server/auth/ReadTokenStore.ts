import { stat } from "node:fs/promises";
import { hashReadToken, readTokenFile, type ReadTokenEntry } from "./ReadTokenFile";

/**
 * The read tokens a server accepts, from the file an administrator edits with `read-tokens`.
 * The file is read again when it changes (checked at most once per `checkMs`), so a revoked
 * token stops working, and the sessions it opened end, without a restart. A file that cannot
 * be read keeps the tokens last read and says why in `problem`.
 */
export class ReadTokenStore {
  readonly path: string;
  #byHash = new Map<string, ReadTokenEntry>();
  #ids = new Set<string>();
  #mtimeMs = -1;
  #checkedAt = -Infinity;
  #checkMs: number;
  #now: () => number;
  problem: string | null = null;

  constructor(path: string, checkMs = 1000, now: () => number = Date.now) {
    this.path = path;
    this.#checkMs = checkMs;
    this.#now = now;
  }

  /** Reads the file if it changed since it was last read. */
  async refresh(force = false): Promise<void> {
    const now = this.#now();
    if (!force && now - this.#checkedAt < this.#checkMs) return;
    this.#checkedAt = now;
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(this.path)).mtimeMs;
    } catch {
      mtimeMs = 0;
    }
    if (!force && mtimeMs === this.#mtimeMs) return;
    try {
      const entries = await readTokenFile(this.path);
      this.#byHash = new Map(entries.map((entry) => [entry.hash, entry]));
      this.#ids = new Set(entries.map((entry) => entry.id));
      this.#mtimeMs = mtimeMs;
      this.problem = null;
    } catch (error) {
      this.problem = (error as Error).message;
    }
  }

  /** The entry of a presented token, if it is issued, not revoked and not expired. */
  async verify(token: string): Promise<ReadTokenEntry | null> {
    await this.refresh();
    const entry = this.#byHash.get(hashReadToken(token));
    if (entry === undefined || !this.#current(entry)) return null;
    return entry;
  }

  /** Whether the token of this id is still issued and not expired (as of the last refresh). */
  isActive(id: string, expiresAt: string | null): boolean {
    return this.#ids.has(id) && this.#current({ expiresAt });
  }

  get size(): number {
    return this.#byHash.size;
  }

  #current(entry: Pick<ReadTokenEntry, "expiresAt">): boolean {
    return entry.expiresAt === null || Date.parse(entry.expiresAt) > this.#now();
  }
}
