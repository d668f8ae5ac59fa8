import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../../../src/model/findings/Finding";
import { formatFindingsText as formatFindingsLines } from "../../../src/node/cli/formatFindingsText";

const formatFindingsText = (...args: Parameters<typeof formatFindingsLines>): string =>
  [...formatFindingsLines(...args)].join("");

function finding(severity: Severity, rule: string, name: string): Finding {
  return {
    rule,
    severity,
    kind: "campaignGroup",
    tenant: "Resources",
    name,
    statId: null,
    message: `${name} is wrong.`,
    suggestion: null,
    file: "site.json",
    location: null,
    object: null,
  };
}

describe("formatFindingsText", () => {
  it("heads each severity and rule with how many findings it has, errors first", () => {
    const findings = [
      finding("error", "group-name-mismatch", "A"),
      finding("error", "group-name-mismatch", "B"),
      finding("error", "group-name-mismatch", "C"),
      finding("error", "missing-group", "D"),
      finding("warning", "group-name-mismatch", "E"),
      finding("warning", "name-whitespace", "F"),
      finding("warning", "name-whitespace", "G"),
    ];
    const headings = formatFindingsText([], findings, false)
      .split("\n")
      .filter((line) => /^\S+ \S+ \(\d+\)$/.test(line));
    expect(headings).toEqual([
      "error group-name-mismatch (3)",
      "error missing-group (1)",
      "warning group-name-mismatch (1)",
      "warning name-whitespace (2)",
    ]);
  });

  it("groups findings given in any order under one heading each, in report order", () => {
    const findings = [
      finding("warning", "name-whitespace", "G"),
      finding("error", "missing-group", "D"),
      finding("error", "group-name-mismatch", "C"),
      finding("warning", "name-whitespace", "F"),
      finding("error", "group-name-mismatch", "A"),
      finding("warning", "group-name-mismatch", "E"),
      finding("error", "group-name-mismatch", "B"),
    ];
    const lines = formatFindingsText([], findings, false).split("\n");
    const headingsAndNames = lines
      .filter((line) => /^\S+ \S+ \(\d+\)$/.test(line) || /^ {2}\S+ {2}/.test(line))
      .map((line) => line.replace(/^ {2}(\S+) {2}.*$/, "$1"));
    expect(headingsAndNames).toEqual([
      "error group-name-mismatch (3)",
      ...["A", "B", "C"],
      "error missing-group (1)",
      "D",
      "warning group-name-mismatch (1)",
      "E",
      "warning name-whitespace (2)",
      ...["F", "G"],
    ]);
    expect(lines.at(-2)).toBe("4 errors, 3 warnings, 0 info in 0 files");
  });

  it("is made line by line, as far as it is read", () => {
    const findings = [finding("error", "a", "A"), finding("error", "a", "B")];
    const lines = formatFindingsLines([], findings, false);
    expect(lines.next().value).toBe("\nerror a (2)\n");
    expect(lines.next().value).toBe("  A  tenant Resources, site.json\n");
  });

  it("does not reorder the findings it is given", () => {
    const findings = [finding("warning", "b", "B"), finding("error", "a", "A")];
    formatFindingsText([], findings, false);
    expect(findings.map((f) => f.name)).toEqual(["B", "A"]);
  });

  it("shows the file and place of a finding as text, control and bidirectional characters escaped", () => {
    const f = {
      ...finding("error", "group-name-mismatch", "A"),
      file: "evil\u001b[31m.json",
      location: 'persons[0]["a\u202Eb\u009B"]',
    };
    const text = formatFindingsText([], [f], false);
    expect(text).toContain("evil\\u{1B}[31m.json");
    expect(text).toContain('persons[0]["a\\u{202E}b\\u{9B}"]');
    for (const raw of ["\u001b", "\u202E", "\u009B"]) expect(text).not.toContain(raw);
  });
});
