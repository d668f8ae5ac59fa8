import type { EnumDefinition } from "../config/enums";

/** The integer Configuration Server stores for a canonical enum name (`Predict` -> 1). */
export function enumValue<N extends string>(def: EnumDefinition<N>, name: N): number {
  for (const [value, candidate] of Object.entries(def.byValue)) {
    if (candidate === name) return Number(value);
  }
  throw new Error(`${def.type} has no value named ${name}`);
}
