import type { Random } from "../random/createRandom";
import type { Variant } from "./nameVariants";

interface MisnameContext {
  readonly campaign: string;
  readonly group: string;
  /** Other campaigns and groups of the same tenant, to borrow a wrong name from. */
  readonly otherCampaigns: readonly string[];
  readonly otherGroups: readonly string[];
}

const UNRELATED = ["cfgObjectTest", "New Campaign Group", "Group 1", "test", "CG"];
const SEPARATORS = ["_", "-", ".", "/", " - ", ":"];

type Misnamer = (c: MisnameContext, random: Random) => Variant | null;

// The ways a campaign group's own name drifts from the `<campaign>@<group>` Stat Server
// expects, since Configuration Server 7.5 stopped enforcing it: a case change, spaces around
// the @, another separator, a name copied from a sibling campaign or group, or a name that has
// nothing to do with either (mutagen's own test data has `cfgObjectTest`).
const MISNAMERS: readonly Misnamer[] = [
  (c) => {
    const composed = `${c.campaign}@${c.group}`;
    const lower = composed.toLowerCase();
    const upper = composed.toUpperCase();
    if (lower !== composed) return { name: lower, defect: "case only" };
    return upper !== composed ? { name: upper, defect: "case only" } : null;
  },
  (c, random) =>
    random.chance(0.5)
      ? { name: `${c.campaign} @ ${c.group}`, defect: "spaces around @" }
      : { name: `${c.campaign}@ ${c.group}`, defect: "space after @" },
  (c, random) => ({
    name: `${c.campaign}${random.pick(SEPARATORS)}${c.group}`,
    defect: "another separator",
  }),
  (c, random) => {
    const others = c.otherCampaigns.filter((o) => o !== c.campaign);
    if (others.length === 0) return null;
    return { name: `${random.pick(others)}@${c.group}`, defect: "another campaign's name" };
  },
  (c, random) => {
    const others = c.otherGroups.filter((o) => o !== c.group);
    if (others.length === 0) return null;
    return { name: `${c.campaign}@${random.pick(others)}`, defect: "another group's name" };
  },
  (c, random) => {
    const pick = random.int(UNRELATED.length + 1);
    const name = UNRELATED[pick] ?? `Copy of ${c.campaign}`;
    return { name, defect: "unrelated name" };
  },
];

/**
 * A wrong name for a campaign group, different from the composed id and from `taken` (its
 * siblings' names, so the defect stays a mismatch and does not also become a duplicate).
 */
export function misnameCampaignGroup(
  context: MisnameContext,
  taken: ReadonlySet<string>,
  random: Random,
): Variant | null {
  const composed = `${context.campaign}@${context.group}`;
  const start = random.int(MISNAMERS.length);
  for (let i = 0; i < MISNAMERS.length; i++) {
    const variant = MISNAMERS[(start + i) % MISNAMERS.length]?.(context, random);
    if (variant && variant.name !== composed && !taken.has(variant.name)) return variant;
  }
  return null;
}
