// Character counts for the lower bound, cleared after each use: one buffer for every call,
// since a scan compares the query with every id.
const counts = new Int32Array(128);

/**
 * Levenshtein distance, or `limit + 1` as soon as it is certain to exceed `limit`: ranking
 * nearest ids only needs the close ones, and giving up early keeps a scan over 100k ids fast.
 * Before the full comparison, the characters one string has more of than the other (a lower
 * bound of the distance, counted in one pass) rule out most ids.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (characterDifference(a, b) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * How many characters `a` has that `b` lacks, or the other way round, whichever is more: each
 * edit fixes at most one of each, so the distance is at least this. Characters are counted in
 * 128 buckets; two sharing a bucket can only lower the count, which keeps it a lower bound.
 */
function characterDifference(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]!++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 127]!--;
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    if (counts[c]! > 0) more += counts[c]!;
    counts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 127;
    if (counts[c]! < 0) fewer -= counts[c]!;
    counts[c] = 0;
  }
  return Math.max(more, fewer);
}
