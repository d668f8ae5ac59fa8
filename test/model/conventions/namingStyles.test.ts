import { describe, expect, it } from "vitest";
import { matchesStyle, toStyle, wordsOf } from "../../../src/model/conventions/namingStyles";

describe("named styles", () => {
  it.each([
    ["snake_case", "sales_team_paris", ["Sales_Team", "sales__team", "sales-team", "_sales"]],
    ["kebab-case", "sales-team-paris", ["sales_team", "Sales-Team", "sales--team", "sales-"]],
    ["PascalCase", "SalesTeamParis", ["salesTeam", "Sales_Team", "Sales Team"]],
    ["camelCase", "salesTeamParis", ["SalesTeam", "sales_team", "sales team"]],
    ["UPPER_SNAKE", "SALES_TEAM_PARIS", ["SALES_team", "SALES__TEAM", "SALES-TEAM", "SALES_"]],
  ] as const)("%s accepts %s and refuses %j", (style, good, bad) => {
    expect(matchesStyle(style, good)).toBe(true);
    for (const name of bad) expect(matchesStyle(style, name)).toBe(false);
  });

  it("accepts non-ASCII letters: snake_case été_ventes, PascalCase ÉtéVentes", () => {
    expect(matchesStyle("snake_case", "été_ventes")).toBe(true);
    expect(matchesStyle("PascalCase", "ÉtéVentes")).toBe(true);
  });

  it("splits words at separators and case turns: HTTPServer_salesTeam", () => {
    expect(wordsOf("HTTPServer_salesTeam 2")).toEqual(["HTTP", "Server", "sales", "Team", "2"]);
  });

  it.each([
    ["snake_case", "Sales Team-Paris", "sales_team_paris"],
    ["kebab-case", "SalesTeamParis", "sales-team-paris"],
    ["PascalCase", "sales_team_paris", "SalesTeamParis"],
    ["camelCase", "Sales-Team Paris", "salesTeamParis"],
    ["UPPER_SNAKE", "salesTeam paris", "SALES_TEAM_PARIS"],
  ] as const)("rewrites a name in %s: %s -> %s", (style, name, expected) => {
    expect(toStyle(style, name)).toBe(expected);
    expect(matchesStyle(style, expected)).toBe(true);
  });
});
