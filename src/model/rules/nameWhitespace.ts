import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { nameScan } from "./nameScan";
import type { Rule } from "./Rule";

const LEADING = /^\s+/u;
const TRAILING = /\s+$/u;
const RUN = /\s{2,}/gu;
const ANY_PROBLEM = /^\s|\s$|\s\s/u;

/** The problems in a name's white space, in words; empty when there are none. */
function whitespaceProblems(name: string): string[] {
  const problems: string[] = [];
  const leading = LEADING.exec(name)?.[0].length ?? 0;
  const trailing = TRAILING.exec(name)?.[0].length ?? 0;
  if (leading > 0)
    problems.push(`${leading} leading white-space character${leading > 1 ? "s" : ""}`);
  if (trailing > 0) {
    problems.push(`${trailing} trailing white-space character${trailing > 1 ? "s" : ""}`);
  }
  const inner = name.slice(leading, name.length - trailing);
  for (const run of inner.matchAll(RUN)) {
    const position = [...name.slice(0, leading + run.index)].length + 1;
    problems.push(`a run of ${run[0].length} white-space characters at position ${position}`);
  }
  return problems;
}

/** `a`, `a and b`, `a, b and c`. */
function listInWords(items: readonly string[]): string {
  return items.length < 2
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const nameWhitespace: Rule = {
  id: "name-whitespace",
  defaultSeverity: "warning",
  description: "A name has leading or trailing white space, or a run of several spaces.",
  explanation:
    "Stat Server matches names exactly, space for space. A name with a space at either end, " +
    "or two spaces where one was meant, looks right on screen but does not match what a " +
    "supervisor types or what another system sends, and a campaign group's composed id " +
    "inherits the stray space. Trim the name and keep single spaces between words.",
  check(context, report) {
    const { model } = context;
    for (const object of nameScan(context).unusual) {
      if (!ANY_PROBLEM.test(object.name) || object.name.trim() === "") continue;
      const problems = whitespaceProblems(object.name);
      if (problems.length === 0) continue;
      report(
        draftFor(
          model,
          object,
          `${describeObject(object)} has ${listInWords(problems)}.`,
          object.name.trim().replace(RUN, " "),
        ),
      );
    }
  },
};
