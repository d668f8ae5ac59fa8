import { quoteName } from "./quoteName";

/** Names known in the campaign group's tenant, to recognise a name borrowed from elsewhere. */
export interface KnownNames {
  readonly campaigns: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
}

const squash = (s: string): string => s.replace(/\s+/gu, "");
const lower = (s: string): string => s.toLowerCase();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * How a campaign group's name differs from `<campaign>@<group>`, in words a supervisor can act
 * on. Checked from the most specific mistake to the least: letter case, white space, one name
 * alone, another separator, reversed order, another campaign's or group's name, unrelated.
 * Each check is a few string comparisons, so the rule stays linear.
 */
export function describeGroupNameDifference(
  actual: string,
  campaign: string,
  group: string,
  known: KnownNames,
): string {
  const expected = `${campaign}@${group}`;
  if (lower(actual) === lower(expected)) return "it differs only in letter case";
  if (squash(actual) === squash(expected)) return "it differs only in white space";
  if (lower(squash(actual)) === lower(squash(expected))) {
    return "it differs in white space and letter case";
  }
  if (lower(actual) === lower(group)) {
    return `it is the group's name alone, without ${quoteName(campaign + "@")} in front`;
  }
  if (lower(actual) === lower(campaign)) {
    return `it is the campaign's name alone, without ${quoteName("@" + group)} after it`;
  }
  const separator = separatorBetween(actual, campaign, group);
  if (separator === "") return "it has no \"@\" between the campaign's and the group's names";
  if (separator !== null) {
    const caseToo = actual === campaign + separator + group ? "" : ", and letter case differs";
    return `it separates the campaign's and the group's names with ${quoteName(separator)} instead of "@"${caseToo}`;
  }
  if (lower(actual) === lower(`${group}@${campaign}`)) {
    return "it has the group's and the campaign's names the other way round";
  }
  return borrowedNames(actual, campaign, group, known) ?? "it is unrelated to that id";
}

/** The text between the two names when the name is campaign + X + group (case aside). */
function separatorBetween(actual: string, campaign: string, group: string): string | null {
  const a = lower(actual);
  if (a.length < campaign.length + group.length) return null;
  if (!a.startsWith(lower(campaign)) || !a.endsWith(lower(group))) return null;
  const middle = actual.slice(campaign.length, actual.length - group.length);
  if (LETTER_OR_DIGIT.test(middle)) return null;
  return middle;
}

function borrowedNames(
  actual: string,
  campaign: string,
  group: string,
  known: KnownNames,
): string | null {
  if (actual.startsWith(`${campaign}@`)) {
    const other = actual.slice(campaign.length + 1);
    return known.groups.has(other)
      ? `it names another group, ${quoteName(other)}, instead of ${quoteName(group)}`
      : `it has ${quoteName(other)} where the group's name ${quoteName(group)} belongs`;
  }
  if (actual.endsWith(`@${group}`)) {
    const other = actual.slice(0, actual.length - group.length - 1);
    return known.campaigns.has(other)
      ? `it names another campaign, ${quoteName(other)}, instead of ${quoteName(campaign)}`
      : `it has ${quoteName(other)} where the campaign's name ${quoteName(campaign)} belongs`;
  }
  // A name may hold several "@"; each split is tried once, so the cost is the name's length.
  for (let at = actual.indexOf("@"); at !== -1; at = actual.indexOf("@", at + 1)) {
    const left = actual.slice(0, at);
    const right = actual.slice(at + 1);
    if (known.campaigns.has(left) && known.groups.has(right)) {
      return `it is the id of another campaign and group, campaign ${quoteName(left)} with group ${quoteName(right)}`;
    }
  }
  return null;
}
