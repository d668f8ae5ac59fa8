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

  it("quotes cells holding a comma, a double quote or a line break, doubling the quotes (RFC 4180)", () => {
    const csv = toFindingsCsv([
      finding({ name: 'Team "A", Paris', message: "line one\nline two", location: null }),
    ]);
    const record = csv.split("\r\n")[1];
    expect(record).toBe(
      'error,group-name-mismatch,Environment,campaignGroup,"Team ""A"", Paris",Sales@Team A,"line one\nline two",,export.json,',
    );
  });

  it('makes a name starting with "=", "+", "-" or "@" text, so a spreadsheet does not run it', () => {
    const names = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tTab"];
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
      "'\tTab",
    ]);
  });

  it("keeps names in any script as they are", () => {
    const csv = toFindingsCsv([finding({ name: "Продление_Q3@チーム_東京", statId: null })]);
    expect(csv).toContain(",Продление_Q3@チーム_東京,,");
  });
});
