/**
 * Whether to colour output: FORCE_COLOR wins (any value but 0 or false turns colour on, as
 * Node and most tools read it), then NO_COLOR (set and not empty turns it off, per
 * no-color.org), then colour only for a terminal, never for a pipe or a file.
 */
export function useColour(
  env: Readonly<Record<string, string | undefined>>,
  terminal: boolean,
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return terminal;
}
