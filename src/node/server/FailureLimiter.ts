/**
 * Counts failed credential checks per client address in fixed one-minute windows. An address
 * past the limit is refused before its credentials are even looked at, so guessing a secret
 * costs a minute every few tries and a lucky guess cannot be told from a wrong one. The table
 * is bounded: when it is full, the oldest window is forgotten first (Map keeps insertion order).
 */
export class FailureLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #maxAddresses: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, { start: number; failures: number }>();

  constructor(
    limit: number,
    options: { windowMs?: number; maxAddresses?: number; now?: () => number } = {},
  ) {
    this.#limit = limit;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#maxAddresses = options.maxAddresses ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** Whether this address has used up its failures for the current window. */
  blocked(address: string): boolean {
    const window = this.#current(address);
    return window !== undefined && window.failures >= this.#limit;
  }

  recordFailure(address: string): void {
    const window = this.#current(address);
    if (window) {
      window.failures += 1;
      return;
    }
    if (this.#windows.size >= this.#maxAddresses) {
      const oldest = this.#windows.keys().next();
      if (!oldest.done) this.#windows.delete(oldest.value);
    }
    this.#windows.set(address, { start: this.#now(), failures: 1 });
  }

  #current(address: string): { start: number; failures: number } | undefined {
    const window = this.#windows.get(address);
    if (window && this.#now() - window.start >= this.#windowMs) {
      this.#windows.delete(address);
      return undefined;
    }
    return window;
  }
}
