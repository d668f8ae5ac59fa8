import { describe, expect, it } from "vitest";
import type { ObjectKey, StatId } from "../../../src/model/config/ids";
import type { Finding } from "../../../src/model/findings/Finding";
import { toFindingsCsv } from "../../../src/model/findings/toFindingsCsv";

function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: "group-name-mismatch",
    severity: "error",
    kind: "campaignGroup",
    tenant: "Environment",
    name: "Sales@Team A",
    statId: "Sales@Team A" as StatId,
    message: "a message",
    suggestion: null,
    file: "export.json",
    location: "campaignGroups[0]",
    object: 1 as ObjectKey,
    ...overrides,
  };
}

describe("toFindingsCsv", () => {
  it("starts with a header row and ends every record with CRLF", () => {
    const csv = toFindingsCsv([finding({})]);
    expect(csv.split("\r\n")).toEqual([
      "severity,rule,tenant,kind,name,statId,message,suggestion,file,location",
      "error,group-name-mismatch,Environment,campaignGroup,Sales@Team A,Sales@Team A,a message,,export.json,campaignGroups[0]",
      "",
    ]);
  });

  it("quotes cells holding a comma or a double quote, doubling the quotes (RFC 4180)", () => {
    const csv = toFindingsCsv([finding({ name: 'Team "A", Paris', location: null })]);
    const record = csv.split("\r\n")[1];
    expect(record).toBe(
      'error,group-name-mismatch,Environment,campaignGroup,"Team ""A"", Paris",Sales@Team A,a message,,export.json,',
    );
  });

  it('quotes a cell holding ";", which spreadsheets in decimal-comma locales split on', () => {
    const csv = toFindingsCsv([
      finding({ name: "Sales;Team A", statId: "Sales;Team A" as StatId }),
    ]);
    expect(csv.split("\r\n")[1]).toBe(
      'error,group-name-mismatch,Environment,campaignGroup,"Sales;Team A","Sales;Team A",a message,,export.json,campaignGroups[0]',
    );
  });

  it("writes control characters as \\u{...} escapes, so no cell breaks a row or hides a formula", () => {
    const csv = toFindingsCsv([
      finding({
        name: "Team\u0007A\u001b[31m",
        statId: null,
        message: "line one\nline two\r\u0085",
        location: null,
      }),
    ]);
    expect(csv.split("\r\n")).toEqual([
      expect.stringMatching(/^severity,/),
      "error,group-name-mismatch,Environment,campaignGroup,Team\\u{7}A\\u{1B}[31m,,line one\\u{A}line two\\u{D}\\u{85},,export.json,",
      "",
    ]);
  });

  it('makes a name starting with "=", "+", "-" or "@" text, so a spreadsheet does not run it', () => {
    const names = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "@x;y"];
    const csv = toFindingsCsv(names.map((name) => finding({ name, statId: null })));
    const nameCells = csv
      .trim()
      .split("\r\n")
      .slice(1)
      .map((row) => row.split(",")[4]);
    expect(nameCells).toEqual([
      '"\'=HYPERLINK(""http://x"")"',
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      `"'@x;y"`,
    ]);
  });

  it("keeps names in any script as they are", () => {
    const csv = toFindingsCsv([finding({ name: "Продление_Q3@チーム_東京", statId: null })]);
    expect(csv).toContain(",Продление_Q3@チーム_東京,,");
  });
});
