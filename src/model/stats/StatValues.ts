import { statKey, type StatKey } from "./StatKey";
import type { StatObjectType } from "./StatObjectType";
import type { StatSource } from "./StatSource";
import type { StatUpdate, StatValue } from "./StatUpdate";

/** The current value of one statistic, with when it was true and when it arrived here. */
export interface StatEntry {
  readonly value: StatValue;
  readonly timestamp: number;
  readonly receivedAt: number;
  /** Where the value came from; absent when the sender did not say. */
  readonly source?: StatSource;
}

export type ObjectStats = ReadonlyMap<string, StatEntry>;

/**
 * Every statistic's current value, keyed by Stat Server (objectType, objectId). Kept whether
 * or not the id matches an object in the configuration: ids that match nothing are what the
 * "statistics for unknown objects" list shows. `version` grows on every change so that readers
 * (the browser store, roll-up caches) can tell cheaply whether anything moved.
 */
export class StatValues {
  readonly #objects = new Map<StatKey, Map<string, StatEntry>>();
  /** The objects in the order they first had a value. */
  #keys: StatKey[] = [];
  #changed = new Set<StatKey>();
  #version = 0;

  get version(): number {
    return this.#version;
  }

  get size(): number {
    return this.#objects.size;
  }

  /**
   * Applies one update; returns false when it changed nothing. An update older than the value
   * held (two feeders, or a late retry) is ignored, so the newest value wins whatever the
   * arrival order; unless `replacing`, when the caller has decided the update replaces the
   * value held whatever its age (a real source taking a statistic over from the simulator).
   */
  apply(update: StatUpdate, receivedAt: number, replacing = false): boolean {
    const key = statKey(update.objectType, update.objectId);
    let stats = this.#objects.get(key);
    if (!stats) {
      stats = new Map();
      this.#objects.set(key, stats);
      this.#keys.push(key);
    }
    const held = stats.get(update.statistic);
    if (held && !replacing && held.timestamp > update.timestamp) return false;
    if (
      held &&
      held.value === update.value &&
      held.timestamp === update.timestamp &&
      held.source === update.source
    ) {
      return false;
    }
    stats.set(
      update.statistic,
      update.source === undefined
        ? { value: update.value, timestamp: update.timestamp, receivedAt }
        : { value: update.value, timestamp: update.timestamp, receivedAt, source: update.source },
    );
    this.#changed.add(key);
    this.#version += 1;
    return true;
  }

  /** Whether the value held for this statistic is newer than the update, which `apply` would drop. */
  holdsNewer(update: StatUpdate): boolean {
    const held = this.#objects
      .get(statKey(update.objectType, update.objectId))
      ?.get(update.statistic);
    return held !== undefined && held.timestamp > update.timestamp;
  }

  applyAll(updates: Iterable<StatUpdate>, receivedAt: number): number {
    let changed = 0;
    for (const update of updates) if (this.apply(update, receivedAt)) changed += 1;
    return changed;
  }

  object(objectType: StatObjectType, objectId: string): ObjectStats | undefined {
    return this.#objects.get(statKey(objectType, objectId));
  }

  objectByKey(key: StatKey): ObjectStats | undefined {
    return this.#objects.get(key);
  }

  /** The objects changed since the last call (for incremental roll-up), and forgets them. */
  takeChanged(): ReadonlySet<StatKey> {
    const changed = this.#changed;
    this.#changed = new Set();
    return changed;
  }

  get(objectType: StatObjectType, objectId: string, statistic: string): StatEntry | undefined {
    return this.#objects.get(statKey(objectType, objectId))?.get(statistic);
  }

  /**
   * The objects that first had a value after the first `start` of them, so a reader that
   * remembers how many it has seen looks at new objects only. `clear` starts again from none.
   */
  keysFrom(start: number): readonly StatKey[] {
    return start >= this.#keys.length ? [] : this.#keys.slice(start);
  }

  entries(): IterableIterator<[StatKey, ObjectStats]> {
    return this.#objects.entries();
  }

  clear(): void {
    this.#objects.clear();
    this.#keys = [];
    this.#changed.clear();
    this.#version += 1;
  }
}
