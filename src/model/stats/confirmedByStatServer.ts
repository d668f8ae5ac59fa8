import type { Finding, FindingKind } from "../findings/Finding";
import { statKey, type StatKey } from "./StatKey";
import type { StatObjectType } from "./StatObjectType";

/**
 * The rules whose findings explain why Stat Server would not find an object: its id is not
 * the name people use, or the name cannot be looked up as written (too long, an `@` too
 * many, invisible or look-alike characters, a group that does not exist). A finding of
 * another rule (a record buffer too small) leaves a refusal unexplained.
 */
export const RULES_EXPLAINING_REFUSAL: ReadonlySet<string> = new Set([
  "group-name-mismatch",
  "ambiguous-group-name",
  "at-sign-in-name",
  "confusable-names",
  "duplicate-name",
  "invisible-character",
  "missing-name",
  "name-too-long",
  "name-whitespace",
  "unknown-reference",
]);

const STAT_TYPE_OF: Readonly<Record<FindingKind, StatObjectType>> = {
  tenant: "Tenant",
  campaign: "Campaign",
  campaignGroup: "CampaignGroup",
  campaignCallingList: "CampaignCallingList",
  callingList: "CallingList",
  agentGroup: "GroupAgents",
  placeGroup: "GroupPlaces",
  person: "Agent",
  place: "Place",
};

/** The finding kind of the objects Stat Server knows under a type. */
export function findingKindOf(type: StatObjectType): FindingKind {
  return (Object.keys(STAT_TYPE_OF) as FindingKind[]).find((kind) => STAT_TYPE_OF[kind] === type)!;
}

/** The (type, Stat Server id) a finding is about; null when the object has no Stat Server id. */
export function statKeyOfFinding(finding: Finding): StatKey | null {
  return finding.statId === null ? null : statKey(STAT_TYPE_OF[finding.kind], finding.statId);
}

/**
 * Whether Stat Server confirmed the finding: it is of a rule that explains a refusal, and
 * Stat Server refused the object it is about.
 */
export function confirmedByStatServer(
  finding: Finding,
  refused: { has(key: StatKey): boolean },
): boolean {
  if (!RULES_EXPLAINING_REFUSAL.has(finding.rule)) return false;
  const key = statKeyOfFinding(finding);
  return key !== null && refused.has(key);
}
