import type { ConfigModel } from "../config/ConfigModel";
import { csvText } from "./csvCell";
import type { Finding } from "./Finding";

const HEADER = ["tenant", "kind", "DBID", "current name", "expected name"] as const;

/**
 * What an administrator renames, as CSV: one row per campaign group whose name is not the id
 * Stat Server knows it by, with its DBID where the file gave one (mutagen JSON does not) so
 * the row can be matched in Configuration Manager or a script.
 */
export function toRenamePlanCsv(findings: readonly Finding[], model: ConfigModel): string {
  const rows = findings
    .filter((f) => f.rule === "group-name-mismatch" && f.suggestion !== null)
    .map((f) => {
      const object = f.object === null ? undefined : model.objects.get(f.object);
      return [f.tenant, f.kind, object?.dbid ?? null, f.name, f.suggestion];
    });
  return csvText([HEADER, ...rows]);
}
