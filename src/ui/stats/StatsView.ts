import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { FeedConfiguration } from "../../model/stats/FeedConfiguration";
import type { FeedOverlap, PageConfiguration } from "../../model/stats/feedStatement";
import type { StatKey } from "../../model/stats/StatKey";
import type { NodeStats } from "../../model/stats/rollUp";
import type { Threshold } from "../../model/stats/Threshold";
import type { UnknownObject } from "../../model/stats/unknownObjects";

/** Where the figures come from: the in-browser simulator, the server's stream, or nowhere. */
export type StatsSource = "simulated" | "live" | "off";

/** The live connection's state; a simulation is always `connected`. */
export type ConnectionState = "idle" | "connecting" | "connected" | "reconnecting" | "offline";

/** A source that can go down as a whole (the Statistics API), while it is down. */
export interface SourceOutage {
  /** Stat Server's or the API's words for it, when given. */
  readonly reason: string | null;
  /** When it went down (ms since the epoch). */
  readonly since: number;
}

/** What the statistics components read: one immutable value per committed frame. */
export interface StatsView {
  readonly source: StatsSource;
  readonly connection: ConnectionState;
  /** A line for the indicator: "retrying in 4 s", "server restarted: figures reloaded". */
  readonly detail: string | null;
  /** The clock the figures were judged against. */
  readonly now: number;
  /**
   * Each node's stats by NodeId of `hierarchy` (undefined until computed). The same array is
   * updated in place while the hierarchy stays: a node's NodeStats is replaced only when it
   * moved.
   */
  readonly nodes: readonly (NodeStats | undefined)[];
  /** The hierarchy `nodes` is indexed by; null while there are no figures. */
  readonly hierarchy: Hierarchy | null;
  readonly unknown: readonly UnknownObject[];
  readonly thresholds: readonly Threshold[];
  /** Expected interval of periodic figures (ms), for staleness. */
  readonly intervalMs: number;
  /** When the last update arrived. */
  readonly lastUpdateAt: number | null;
  /** Stream messages (or entries of one) dropped because they did not parse. */
  readonly dropped: number;
  /** Ids Stat Server refused, with its reason; a new map only when the set changed. */
  readonly refused: ReadonlyMap<StatKey, string | null>;
  /** Sources that are down now; their figures are shown unavailable. */
  readonly outages: ReadonlyMap<"api", SourceOutage>;
  /** The configuration the live server says its figures are for; null when not said or not live. */
  readonly feed: FeedConfiguration | null;
  /** The configuration open in the page, as statistics see it; null while none is open. */
  readonly page: PageConfiguration | null;
  /** Of the objects with figures, how many the open configuration has (once a second). */
  readonly overlap: FeedOverlap;
}
