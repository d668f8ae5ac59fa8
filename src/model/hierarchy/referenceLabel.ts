import type { ConfigModel } from "../config/ConfigModel";
import type { ResolvedRef } from "../config/objects";
import { referencedName } from "./referencedName";

/**
 * What to call a referenced object on screen: its name, else `DBID 202` for an unresolved
 * reference by DBID, else `(none)`. Never a Stat Server id: use `referencedName` to compose.
 */
export function referenceLabel(model: ConfigModel, ref: ResolvedRef): string {
  const name = referencedName(model, ref);
  if (name !== null) return name;
  return ref.dbid === undefined ? "(none)" : `DBID ${ref.dbid}`;
}
