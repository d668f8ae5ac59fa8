import { visit } from "jsonc-parser";
import type { SarifRegion } from "../../model/findings/toSarif";
import { formatJsonPath } from "../../model/import/formatJsonPath";

/**
 * Where the JSON objects at the given paths (`campaignGroups[3]`, as findings name them) start
 * and end in the text: 1-based lines and columns, the end column just past the closing brace.
 * The importers parse with JSON.parse, which keeps no positions; this second, positional pass
 * is paid only by reports that show regions (SARIF), and records only the paths asked for.
 */
export function jsonObjectRegions(
  text: string,
  wanted: ReadonlySet<string>,
): Map<string, SarifRegion> {
  const regions = new Map<string, SarifRegion>();
  const open: { path: string | null; line: number; column: number }[] = [];
  visit(
    text,
    {
      onObjectBegin: (_offset, _length, line, character, pathSupplier) => {
        const path = formatJsonPath(pathSupplier());
        open.push({ path: wanted.has(path) ? path : null, line: line + 1, column: character + 1 });
      },
      onObjectEnd: (_offset, _length, line, character) => {
        const start = open.pop();
        if (start?.path == null) return;
        regions.set(start.path, {
          startLine: start.line,
          startColumn: start.column,
          endLine: line + 1,
          endColumn: character + 2,
        });
      },
    },
    { disallowComments: true },
  );
  return regions;
}
