import type { ObjectKey, StatId } from "../config/ids";
import type { ConfigKind } from "../config/kinds";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A rule's setting: a severity, or off. */
export type RuleLevel = Severity | "off";
/** The user's rule settings by rule id; rules not named keep their default severity. */
export type RuleSettings = Readonly<Record<string, RuleLevel>>;

/** The kinds a finding can be about: configuration objects, plus the composed CampaignCallingList. */
export type FindingKind = ConfigKind | "campaignCallingList";

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly kind: FindingKind;
  readonly tenant: string;
  readonly name: string;
  /** The Stat Server id where the object has one (composed for CampaignGroup). */
  readonly statId: StatId | null;
  /** Exactly what differs or is wrong. */
  readonly message: string;
  /** What to do, or the expected name; null when there is nothing to suggest. */
  readonly suggestion: string | null;
  readonly file: string | null;
  /** Where in the file: a JSON path (`campaignGroups[3]`) or `line 12, column 5`. */
  readonly location: string | null;
  /** The object the finding is about, for the viewer to reveal it. */
  readonly object: ObjectKey | null;
}
