import type { ObjectKey } from "../config/ids";
import type { ConfigKind } from "../config/kinds";
import type { Finding } from "../findings/Finding";

/** How an object differs between the two snapshots. */
export const CHANGE_TYPES = ["added", "removed", "renamed", "moved", "changed"] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/**
 * How a renamed object was recognised: the same DBID on both sides (certain), or an unmatched
 * removed/added pair of one kind whose fields and references are alike (a guess, with a score).
 */
export type RenameMatch = "dbid" | "likely";

/** One field that differs; values rendered as text (enums by name, references by name). */
export interface ValueChange {
  readonly type: "value";
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** A list of references (calling lists, agents, places) compared by the names referenced. */
export interface ListChange {
  readonly type: "list";
  readonly field: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export type FieldChange = ValueChange | ListChange;

/**
 * An object placed elsewhere in the hierarchy: a campaign group given another agent/place
 * group or campaign, a person or place moved between groups. `from`/`to` are names.
 */
export interface Move {
  readonly relation: "campaign" | "group" | "agentGroup" | "placeGroup";
  readonly from: readonly string[];
  readonly to: readonly string[];
}

export interface ObjectChange {
  /** The most telling change: renamed beats moved, moved beats changed. */
  readonly type: ChangeType;
  readonly kind: ConfigKind;
  readonly tenant: string;
  /** The name after (the name before, for a removed object). */
  readonly name: string;
  /** Campaign groups are named within their campaign: its name, after (before, if removed). */
  readonly campaign: string | null;
  readonly before: ObjectKey | null;
  readonly after: ObjectKey | null;
  readonly rename: {
    readonly from: string;
    readonly to: string;
    readonly match: RenameMatch;
    /** 1 for a DBID match; the similarity (0..1) of a likely rename. */
    readonly score: number;
  } | null;
  readonly fields: readonly FieldChange[];
  readonly moves: readonly Move[];
}

export type ChangeCounts = Readonly<Record<ChangeType, number>>;

export interface ModelDiff {
  /** Sorted by kind, tenant, name. Unchanged objects are not listed. */
  readonly changes: readonly ObjectChange[];
  readonly counts: ChangeCounts;
  /** Objects compared on each side. */
  readonly sizes: { readonly before: number; readonly after: number };
}

export interface FindingsDiff {
  readonly introduced: readonly Finding[];
  readonly fixed: readonly Finding[];
}
