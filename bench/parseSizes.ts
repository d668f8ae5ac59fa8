/**
 * A `--sizes` argument: object counts separated by commas, each a positive whole number,
 * optionally with a `k` or `M` suffix (`100k,1M`).
 */
export function parseSizes(text: string): number[] {
  const sizes = text.split(",").map((part) => {
    const match = /^\s*(\d+)([kM]?)\s*$/.exec(part);
    if (!match)
      throw new Error(`--sizes: "${part}" is not a number of objects (e.g. 100000 or 1M)`);
    const scale = match[2] === "k" ? 1_000 : match[2] === "M" ? 1_000_000 : 1;
    const objects = Number(match[1]) * scale;
    if (objects < 1) throw new Error(`--sizes: "${part}" is not a positive number of objects`);
    return objects;
  });
  return [...new Set(sizes)].sort((a, b) => a - b);
}
