/**
 * A ceiling on requests per second, held over every sliding one-second window: a request may
 * start once the request `perSecond` places before it started more than a second ago. The
 * window is stretched by a quarter so that a busy event loop sending late, then several at once,
 * or uneven network delays, cannot make the server see more
 * than the ceiling within one of its seconds. A pause (after a 429) delays every later request.
 */
export class RequestPacer {
  readonly #perSecond: number;
  /** Start times of the last `perSecond` requests, as a ring. */
  readonly #starts: number[] = [];
  #oldest = 0;
  #pausedUntil = 0;

  static readonly WINDOW_MS = 1250;

  constructor(perSecond: number) {
    this.#perSecond = Math.max(1, Math.floor(perSecond));
  }

  /** Resolves when the caller may send its request. */
  async slot(): Promise<void> {
    for (;;) {
      const now = performance.now();
      const full = this.#starts.length >= this.#perSecond;
      const freeAt = Math.max(
        full ? this.#starts[this.#oldest]! + RequestPacer.WINDOW_MS : now,
        this.#pausedUntil,
      );
      if (freeAt <= now) {
        if (full) {
          this.#starts[this.#oldest] = now;
          this.#oldest = (this.#oldest + 1) % this.#perSecond;
        } else this.#starts.push(now);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(freeAt - now)));
    }
  }

  /** No request before `ms` from now. */
  pause(ms: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, performance.now() + ms);
  }
}
