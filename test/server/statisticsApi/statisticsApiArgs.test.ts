import { describe, expect, it } from "vitest";
import { parseServerArgs, ServerArgsError } from "../../../src/node/server/parseServerArgs";
import {
  DEFAULT_STATISTICS_MAPPING,
  MAPPED_OBJECT_TYPES,
  parseStatisticsMapping,
  StatisticsMappingError,
} from "../../../src/node/server/statisticsApi/statisticsMapping";

describe("the server's Statistics API flags", () => {
  it("take the API key and token from the environment when no flag gives them", () => {
    const args = parseServerArgs(["--statistics-api", "https://api.example.com/statistics/v3/"], {
      STATISTICS_API_KEY: "k",
      STATISTICS_API_TOKEN: "t",
    });
    expect(args.statisticsApi).toEqual({
      baseUrl: "https://api.example.com/statistics/v3",
      credentials: { apiKey: "k", token: "t", oauth: null },
      mappingFile: null,
    });
  });

  it("use OAuth client credentials from the environment with --token-url", () => {
    const args = parseServerArgs(
      [
        "--statistics-api",
        "http://h/statistics/v3",
        "--api-key",
        "flag",
        "--token-url",
        "http://h/auth/v3/oauth/token",
      ],
      {
        STATISTICS_API_KEY: "env",
        STATISTICS_API_CLIENT_ID: "id",
        STATISTICS_API_CLIENT_SECRET: "s",
        STATISTICS_API_TOKEN: "t",
      },
    );
    expect(args.statisticsApi?.credentials).toEqual({
      apiKey: "flag",
      token: null,
      oauth: { tokenUrl: "http://h/auth/v3/oauth/token", clientId: "id", clientSecret: "s" },
    });
  });

  it("refuse a token URL without client credentials, a non-HTTP URL and API flags without the API", () => {
    expect(() =>
      parseServerArgs(
        ["--statistics-api", "http://h/statistics/v3", "--token-url", "http://h/t"],
        {},
      ),
    ).toThrow(
      new ServerArgsError(
        "--token-url needs STATISTICS_API_CLIENT_ID and STATISTICS_API_CLIENT_SECRET in the environment",
      ),
    );
    expect(() => parseServerArgs(["--statistics-api", "ftp://h"], {})).toThrow(
      'statistics-api must be an http(s) URL, got "ftp://h"',
    );
    expect(() => parseServerArgs(["--api-key", "k"], {})).toThrow(
      "--api-key needs --statistics-api",
    );
  });

  it("leave the source off without --statistics-api", () => {
    expect(parseServerArgs([], {}).statisticsApi).toBeNull();
  });
});

describe("the statistics mapping", () => {
  it("ships a default naming a Stat Server statistic for every figure of a campaign group", () => {
    expect(DEFAULT_STATISTICS_MAPPING.get("CampaignGroup")?.get("Status")).toEqual({
      name: "CampaignGroupStatus",
    });
    expect(DEFAULT_STATISTICS_MAPPING.get("Agent")?.get("State")).toEqual({
      name: "CurrentAgentState",
    });
  });

  it("ships a predefined statistic for every object type that has a Stat Server id", () => {
    for (const type of MAPPED_OBJECT_TYPES) {
      const figures = [...(DEFAULT_STATISTICS_MAPPING.get(type)?.values() ?? [])];
      expect(
        figures.some((statistic) => "name" in statistic),
        type,
      ).toBe(true);
    }
    expect(DEFAULT_STATISTICS_MAPPING.get("Campaign")?.get("Dialed")).toEqual({
      name: "CampaignDialed",
    });
  });

  it("accepts a definition in place of a name", () => {
    const mapping = parseStatisticsMapping(
      JSON.stringify({
        GroupAgents: {
          AgentsReady: { definition: { category: "CurrentNumber", subject: "DNStatus" } },
        },
      }),
      "site.json",
    );
    expect(mapping.get("GroupAgents")?.get("AgentsReady")).toEqual({
      definition: { category: "CurrentNumber", subject: "DNStatus" },
    });
  });

  it("names the file and the path of what is wrong", () => {
    expect(() =>
      parseStatisticsMapping(
        JSON.stringify({ CampaignGroup: { Stauts: { name: "x" } } }),
        "site.json",
      ),
    ).toThrow(StatisticsMappingError);
    expect(() =>
      parseStatisticsMapping(
        JSON.stringify({ CampaignGroup: { Status: { nom: "x" } } }),
        "site.json",
      ),
    ).toThrow(/^site\.json: not a statistics mapping: CampaignGroup\.Status: /);
    expect(() => parseStatisticsMapping(JSON.stringify({ Tenant: {} }), "site.json")).toThrow(
      /^site\.json: not a statistics mapping: /,
    );
    expect(() => parseStatisticsMapping("{", "site.json")).toThrow(/^site\.json: not JSON: /);
  });
});
