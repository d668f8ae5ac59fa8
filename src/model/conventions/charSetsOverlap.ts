import type { CharSet } from "./RegexNode";

const MAX_CODE_POINT = 0x10ffff;
/** Listed sets up to this many code points are tested one by one against the other set. */
const LISTABLE = 20_000;

/** Each cached set takes 1.1 MB; a handful of conventions use a handful of large sets. */
const CACHED_SETS = 16;
const membersCache = new Map<string, Uint8Array>();

/**
 * Every code point a large set (`.`, `[^_]`, `\p{Lu}`) matches, found by asking the regular
 * expression engine itself: the only exact answer for Unicode properties, whose tables this
 * code does not carry. About a million tests, done once per set and kept.
 */
function membersOf(source: string): Uint8Array {
  const cached = membersCache.get(source);
  if (cached) return cached;
  const test = new RegExp(`^(?:${source})$`, "u");
  const members = new Uint8Array(MAX_CODE_POINT + 1);
  for (let cp = 0; cp <= MAX_CODE_POINT; cp += 1) {
    if (test.test(String.fromCodePoint(cp))) members[cp] = 1;
  }
  if (membersCache.size >= CACHED_SETS) membersCache.clear();
  membersCache.set(source, members);
  return members;
}

const size = (ranges: readonly (readonly [number, number])[]): number =>
  ranges.reduce((n, [from, to]) => n + to - from + 1, 0);

/** Whether some character matches both sets. */
export function charSetsOverlap(a: CharSet, b: CharSet): boolean {
  if (a.ranges && b.ranges) {
    return a.ranges.some(([af, at]) => b.ranges!.some(([bf, bt]) => af <= bt && bf <= at));
  }
  const listed = a.ranges ?? b.ranges;
  const other = a.ranges ? b : a;
  if (listed && size(listed) <= LISTABLE) {
    const members = membersOf(other.source);
    return listed.some(([from, to]) => {
      for (let cp = from; cp <= to; cp += 1) if (members[cp] === 1) return true;
      return false;
    });
  }
  const ma = membersOf(a.source);
  const mb = membersOf(b.source);
  for (let cp = 0; cp <= MAX_CODE_POINT; cp += 1) if (ma[cp] === 1 && mb[cp] === 1) return true;
  return false;
}
