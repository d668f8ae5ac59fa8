/** Produces a replay's bytes one bounded chunk at a time; null when it is done. */
export interface ChunkSource {
  next(): Buffer | null;
}

/** What the pump needs of a client: write one more chunk of its replay, and say whether it can take another. */
export interface Replaying {
  /** Writes the replay's next chunk; returns whether the client can take another one now. */
  pumpOnce(): boolean;
}

/**
 * Encodes and writes resume replays for every stream client, a chunk at a time, round robin,
 * and gives the event loop back after `sliceMs` of work. Without it, a hundred clients resuming
 * from the far end of the ring would each encode megabytes in one go and hold up every other
 * request for seconds. A client is in the ready set only while its socket can take more, so a
 * client that does not read costs one chunk of memory, not its whole replay.
 */
export class ReplayPump {
  readonly #ready = new Set<Replaying>();
  readonly #sliceMs: number;
  #scheduled = false;

  constructor(sliceMs = 4) {
    this.#sliceMs = sliceMs;
  }

  get waiting(): number {
    return this.#ready.size;
  }

  ready(client: Replaying): void {
    this.#ready.add(client);
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => this.#turn());
    }
  }

  forget(client: Replaying): void {
    this.#ready.delete(client);
  }

  #turn(): void {
    this.#scheduled = false;
    const deadline = performance.now() + this.#sliceMs;
    while (this.#ready.size > 0 && performance.now() < deadline) {
      for (const client of this.#ready) {
        if (!client.pumpOnce()) this.#ready.delete(client);
        if (performance.now() >= deadline) break;
      }
    }
    if (this.#ready.size > 0 && !this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => this.#turn());
    }
  }
}
