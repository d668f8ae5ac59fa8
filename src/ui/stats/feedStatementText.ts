import type { FeedConfiguration } from "../../model/stats/FeedConfiguration";
import { feedMismatch, type FeedMatch } from "../../model/stats/feedStatement";

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The feed's configuration by its files: "sales.json", "a.json + 2 more", or "no file". */
function filesOf(feed: FeedConfiguration): string {
  const [first, ...rest] = feed.files;
  if (first === undefined) return "no configuration file";
  return rest.length === 0 ? first : `${first} + ${rest.length} more`;
}

/**
 * What the header says about the live feed: which configuration it is for, and a warning when
 * it is not the one open here. `text` is what shows; `detail` the whole sentence (tooltip and
 * screen readers).
 */
export function feedStatementText(
  match: FeedMatch,
  feed: FeedConfiguration | null,
): { readonly text: string; readonly detail: string; readonly mismatch: boolean } {
  const mismatch = feedMismatch(match);
  const named = feed ? filesOf(feed) : null;
  const simulated = feed?.simulated ? ", simulated by the server" : "";
  const whole = feed
    ? `The live feed is for ${named} (${count(feed.objects, "object", "objects")}${simulated})`
    : "The server does not say which configuration its live feed is for";
  switch (match.kind) {
    case "same":
      return {
        text: `for ${named}${simulated}`,
        detail: `${whole}: the configuration open here.`,
        mismatch,
      };
    case "sameObjects":
      return {
        text: named ? `for ${named}${simulated}` : "for this configuration",
        detail: `${whole}. Every one of the ${count(match.overlap.known, "object", "objects")} it has figures for is in the configuration open here.`,
        mismatch,
      };
    case "partial":
      return {
        text: `⚠ feed partly for another configuration${named ? ` (${named})` : ""}`,
        detail: `${whole}. ${count(match.overlap.unknown, "object", "objects")} it has figures for ${match.overlap.unknown === 1 ? "is" : "are"} not in the configuration open here; ${count(match.overlap.known, "is", "are")}.`,
        mismatch,
      };
    case "other":
      return {
        text: `⚠ feed is for another configuration${named ? ` (${named})` : ""}`,
        detail: `${whole}, not the configuration open here: none of the ${count(match.overlap.unknown, "object", "objects")} it has figures for is in it. The figures shown here are not this configuration's.`,
        mismatch,
      };
    case "differs":
      return {
        text: `⚠ feed is for another configuration${named ? ` (${named})` : ""}`,
        detail: `${whole}, not the configuration open here (its objects differ). No figures have arrived yet to compare them by object.`,
        mismatch,
      };
    case "unstated":
      return { text: "configuration not stated", detail: `${whole}.`, mismatch };
    case "noPage":
      return {
        text: named ? `for ${named}${simulated}` : "configuration not stated",
        detail: `${whole}. No configuration is open here.`,
        mismatch,
      };
  }
}
