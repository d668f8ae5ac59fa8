function bigrams(name: string): Map<string, number> {
  const s = name.toLowerCase();
  const grams = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i += 1) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/**
 * Dice coefficient over character bigrams, case-insensitive: 1 for equal names, 0 for names
 * with no pair of letters in common. Linear in the names' length; renames usually keep most
 * of a name ("Sales_Q1" to "Sales_Q2"), which this rewards.
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return a.toLowerCase() === b.toLowerCase() ? 1 : 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}
