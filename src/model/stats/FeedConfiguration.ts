/**
 * The configuration a statistics server was started with, as it states it beside its figures:
 * the file names it loaded, how many objects with a Stat Server id they hold, and their
 * fingerprint (`configurationFingerprint`), so a page can tell whether the live feed is for
 * the configuration it has open.
 */
export interface FeedConfiguration {
  readonly files: readonly string[];
  /** Objects with a Stat Server id (type and id), counted once each. */
  readonly objects: number;
  readonly fingerprint: string;
  /** Whether the server simulates the figures of this configuration (`--simulate`). */
  readonly simulated: boolean;
}
