import { configurationFingerprint } from "../../model/stats/configurationFingerprint";
import type { FeedConfiguration } from "../../model/stats/FeedConfiguration";
import type { StatKey } from "../../model/stats/StatKey";

/** What the server states about its configuration beside its figures (snapshot, health). */
export function describeConfiguration(
  files: readonly { readonly name: string }[],
  keys: ReadonlySet<StatKey>,
  simulated: boolean,
): FeedConfiguration {
  return {
    files: files.map((file) => file.name),
    objects: keys.size,
    fingerprint: configurationFingerprint(keys),
    simulated,
  };
}
