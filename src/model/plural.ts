/** A count with its noun, in the singular for one: `1 object`, `3 objects`, `0 objects`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
