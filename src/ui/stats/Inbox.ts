/** How long a received message may wait for idle time before it is handled anyway. */
const MAX_WAIT_MS = 50;

/**
 * Stream messages waiting to be parsed and applied. Handling them in the browser's idle time
 * keeps JSON parsing and validation out of the frames: at 20,000 updates a second a message
 * landing just before a frame would otherwise delay it. A message waits at most MAX_WAIT_MS,
 * and order is kept.
 */
export class Inbox<M> {
  readonly #handle: (message: M) => void;
  #queue: M[] = [];
  #next = 0;
  #scheduled = false;
  #generation = 0;

  constructor(handle: (message: M) => void) {
    this.#handle = handle;
  }

  push(message: M): void {
    this.#queue.push(message);
    this.#schedule();
  }

  clear(): void {
    this.#queue = [];
    this.#next = 0;
    this.#generation += 1;
    this.#scheduled = false;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    const generation = this.#generation;
    const run = (deadline?: IdleDeadline) => {
      if (generation !== this.#generation) return;
      this.#scheduled = false;
      this.#drain(deadline);
    };
    if (typeof requestIdleCallback === "function")
      requestIdleCallback(run, { timeout: MAX_WAIT_MS });
    else setTimeout(run, 0);
  }

  #drain(deadline?: IdleDeadline): void {
    while (this.#next < this.#queue.length) {
      if (deadline && !deadline.didTimeout && deadline.timeRemaining() < 1) break;
      const message = this.#queue[this.#next]!;
      this.#next += 1;
      this.#handle(message);
    }
    if (this.#next >= this.#queue.length) {
      this.#queue = [];
      this.#next = 0;
    } else {
      this.#schedule();
    }
  }
}
