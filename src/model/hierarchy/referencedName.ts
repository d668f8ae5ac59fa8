import type { ConfigModel } from "../config/ConfigModel";
import type { ResolvedRef } from "../config/objects";

/**
 * The name a reference stands for: the resolved object's name, else the name the file wrote
 * (an unresolved reference by name); null for an unresolved reference by DBID only.
 */
export function referencedName(model: ConfigModel, ref: ResolvedRef): string | null {
  if (ref.key !== null) {
    const target = model.objects.get(ref.key);
    if (target) return target.name;
  }
  return ref.name ?? null;
}
