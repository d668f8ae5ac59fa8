import type { Random } from "../random/createRandom";

/** Deals items into groups: one each first, so no group is empty, then at random. */
export function distribute<T>(
  items: readonly T[],
  groups: { members: T[] }[],
  random: Random,
): void {
  if (groups.length === 0) return;
  items.forEach((item, i) => {
    const group = i < groups.length ? groups[i] : random.pick(groups);
    group?.members.push(item);
  });
}
