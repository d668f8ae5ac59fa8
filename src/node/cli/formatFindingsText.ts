import { styleText } from "node:util";
import type { LoadedFile } from "../../model/config/ConfigModel";
import type { Finding, Severity } from "../../model/findings/Finding";
import { summarizeFindings } from "../../model/findings/summarizeFindings";
import { compareFindings } from "../../model/rules/compareFindings";
import { describeLoadedFile } from "./describeLoadedFile";
import { printableName } from "./printableName";
import { plural } from "../../model/plural";

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Record<Severity, Style> = {
  error: ["bold", "red"],
  warning: ["bold", "yellow"],
  info: ["bold", "cyan"],
};

/**
 * Findings for a person at a terminal: the files read, then the findings grouped by severity
 * and rule (errors first), each with where it is, what is wrong and what to do, and a summary
 * line. Findings may come in any order (a baseline's leftovers, a caller's own list): they are
 * put in report order here, as the rules sort them, so that each group is headed once. Colours
 * only when asked (a terminal); names and messages are shown with control and invisible
 * characters escaped. Line by line, so that the report is made only as far as it is read.
 */
export function* formatFindingsText(
  files: readonly LoadedFile[],
  unsorted: readonly Finding[],
  colour: boolean,
): Generator<string> {
  const findings = unsorted.toSorted(compareFindings);
  const paint = (style: Style, text: string): string =>
    colour ? styleText(style, text, { validateStream: false }) : text;
  for (const file of files) yield `${paint("dim", describeLoadedFile(file))}\n`;
  // Counted in one pass: a pass over every finding per group grows with groups × findings.
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.rule}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let group = "";
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.rule}`;
    if (key !== group) {
      group = key;
      const count = counts.get(key) ?? 0;
      yield `\n${paint(SEVERITY_STYLE[f.severity], f.severity)} ${paint("bold", f.rule)} (${count})\n`;
    }
    // The file's name is the user's and the location holds member names from the file.
    const where = [f.tenant === "" ? null : `tenant ${f.tenant}`, f.file, f.location]
      .filter((part) => part !== null)
      .map(printableName)
      .join(", ");
    yield `  ${printableName(f.name)}  ${paint("dim", where)}\n`;
    yield `    ${printableName(f.message)}\n`;
    if (f.suggestion !== null) yield `    ${paint("green", `→ ${printableName(f.suggestion)}`)}\n`;
  }
  const summary = summarizeFindings(findings);
  const totals = `${plural(summary.error, "error")}, ${plural(summary.warning, "warning")}, ${summary.info} info in ${plural(files.length, "file")}`;
  yield `\n${findings.length === 0 ? `No findings: ${totals}` : totals}\n`;
}
