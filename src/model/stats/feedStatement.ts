import type { FeedConfiguration } from "./FeedConfiguration";

/** The configuration open in the page, as statistics see it. */
export interface PageConfiguration {
  readonly fingerprint: string;
  readonly objects: number;
}

/** Of the objects the feed has figures for, how many the open configuration has a node for. */
export interface FeedOverlap {
  readonly known: number;
  readonly unknown: number;
}

/**
 * Whether the live feed is for the configuration open in the page:
 * - `same`: the fingerprints agree;
 * - `sameObjects`: they differ, but every object the feed has figures for is in the page's
 *   configuration (a part of it opened, a tenant's share, an edited copy);
 * - `partial`: some of the feed's objects are in it and some are not;
 * - `other`: the feed has figures and none is for an object here: another configuration;
 * - `differs`: the fingerprints differ and no figures have arrived to compare by object;
 * - `unstated`: the server did not say (an older server), and the objects do not tell;
 * - `noPage`: no configuration is open.
 * The fingerprint decides when it agrees; otherwise the objects do, because a page may
 * rightly hold a part of the server's configuration and a fingerprint cannot tell a part
 * from another configuration.
 */
export type FeedMatch =
  | { readonly kind: "same" }
  | { readonly kind: "sameObjects"; readonly overlap: FeedOverlap }
  | { readonly kind: "partial"; readonly overlap: FeedOverlap }
  | { readonly kind: "other"; readonly overlap: FeedOverlap }
  | { readonly kind: "differs" }
  | { readonly kind: "unstated" }
  | { readonly kind: "noPage" };

export function feedMatch(
  feed: FeedConfiguration | null,
  page: PageConfiguration | null,
  overlap: FeedOverlap,
): FeedMatch {
  if (page === null) return { kind: "noPage" };
  if (feed !== null && feed.fingerprint === page.fingerprint) return { kind: "same" };
  if (overlap.known + overlap.unknown > 0) {
    if (overlap.known === 0) return { kind: "other", overlap };
    return overlap.unknown === 0 ? { kind: "sameObjects", overlap } : { kind: "partial", overlap };
  }
  return feed === null ? { kind: "unstated" } : { kind: "differs" };
}

/** Whether the match is one a person must be warned of. */
export function feedMismatch(match: FeedMatch): boolean {
  return match.kind === "other" || match.kind === "partial" || match.kind === "differs";
}
