import { afterEach, describe, expect, it } from "vitest";
import { runProbe } from "../../../src/node/cli/probe";
import type { CliIo } from "../../../src/node/cli/CliIo";
import { StatsApiStandIn } from "../../support/statsApiStandIn/StatsApiStandIn";

const CONFIG = "test/fixtures/statisticsApi/sales-small.json";

function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (text: string) => {
      io.out += text;
    },
    stdoutPaced: (text: string) => {
      io.out += text;
      return Promise.resolve(true);
    },
    stderr: (text: string) => {
      io.err += text;
    },
    stdin: async function* () {},
    env: {},
    colour: false,
  };
  return io;
}

describe("probe against the Statistics API stand-in", () => {
  let standIn: StatsApiStandIn | undefined;
  afterEach(async () => {
    await standIn?.close();
    standIn = undefined;
  });

  async function start(known: [string, string][]): Promise<StatsApiStandIn> {
    standIn = await StatsApiStandIn.start({ known, apiKey: "site-key" });
    return standIn;
  }

  it("lists the ids Stat Server refuses, confirms the finding behind one, and exits 1", async () => {
    // Stat Server knows neither the misnamed group nor agent E2 (a surprise: no rule flags it).
    const api = await start([
      ["Campaign", "Sales"],
      ["CampaignGroup", "Sales@Team A"],
      ["GroupAgents", "Team A"],
      ["GroupAgents", "Team B"],
      ["Agent", "E1"],
      ["CampaignCallingList", "Sales@Leads"],
      ["CallingList", "Leads"],
    ]);
    const io = captureIo();
    const status = await runProbe(
      [CONFIG, "--statistics-api", api.apiUrl, "--api-key", "site-key", "--format", "json"],
      io,
      {},
    );
    expect(io.err).toBe("");
    expect(status).toBe(1);
    const report = JSON.parse(io.out) as {
      asked: number;
      known: unknown[];
      refused: { objectType: string; objectId: string; reason: string; findings: string[] }[];
      confirmed: { rule: string; name: string }[];
    };
    expect(report.asked).toBe(9);
    expect(report.known).toHaveLength(7);
    // Every type with a Stat Server id is asked about, the campaign included.
    expect(report.known).toContainEqual({ objectType: "Campaign", objectId: "Sales" });
    expect(report.refused).toEqual([
      {
        objectType: "CampaignGroup",
        objectId: "Sales@Team B",
        reason: "Object not found",
        findings: ["group-name-mismatch"],
      },
      { objectType: "Agent", objectId: "E2", reason: "Object not found", findings: [] },
    ]);
    expect(report.confirmed.map((f) => [f.rule, f.name])).toEqual([
      ["group-name-mismatch", "Winback@Team B"],
    ]);
    // Current values only: no subscription is opened, none is left behind.
    expect(api.requests.map((r) => r.path)).toEqual(["/statistics/v3/operations/get-statistic-ex"]);
    expect(api.subscriptions.size).toBe(0);
  });

  it("says in text what Stat Server knows and refuses, the surprise apart", async () => {
    const api = await start([
      ["Campaign", "Sales"],
      ["CampaignGroup", "Sales@Team A"],
      ["GroupAgents", "Team A"],
      ["GroupAgents", "Team B"],
      ["Agent", "E1"],
      ["CampaignCallingList", "Sales@Leads"],
      ["CallingList", "Leads"],
    ]);
    const io = captureIo();
    expect(
      await runProbe([CONFIG, "--statistics-api", api.apiUrl, "--api-key", "site-key"], io, {}),
    ).toBe(1);
    expect(io.out).toContain("7 known, 2 refused of 9 ids asked");
    expect(io.out).toContain(
      "confirmed by Stat Server (1)\n  Stat Server does not know CampaignGroup `Sales@Team B`: Object not found\n    group-name-mismatch:",
    );
    expect(io.out).toContain(
      "refused by Stat Server, no finding explains it (1)\n  Agent `E2`: Object not found",
    );
  });

  it("reports a refusal no finding explains as a SARIF result of its own", async () => {
    const api = await start([]);
    const io = captureIo();
    expect(
      await runProbe(
        [CONFIG, "--statistics-api", api.apiUrl, "--api-key", "site-key", "--format", "sarif"],
        io,
        {},
      ),
    ).toBe(1);
    const sarif = JSON.parse(io.out) as { runs: { results: { ruleId: string }[] }[] };
    const rules = sarif.runs[0]!.results.map((r) => r.ruleId);
    expect(rules.filter((r) => r === "group-name-mismatch")).toHaveLength(1);
    expect(rules.filter((r) => r === "stat-server/refused")).toHaveLength(8);
  });

  it("exits 0 when Stat Server knows every id", async () => {
    const api = await start([
      ["Campaign", "Sales"],
      ["CampaignGroup", "Sales@Team A"],
      ["CampaignGroup", "Sales@Team B"],
      ["GroupAgents", "Team A"],
      ["GroupAgents", "Team B"],
      ["Agent", "E1"],
      ["Agent", "E2"],
      ["CampaignCallingList", "Sales@Leads"],
      ["CallingList", "Leads"],
    ]);
    const io = captureIo();
    expect(
      await runProbe([CONFIG, "--statistics-api", api.apiUrl, "--api-key", "site-key"], io, {}),
    ).toBe(0);
    expect(io.out).toContain("9 known, 0 refused of 9 ids asked");
  });

  it("exits 2 with a clear message when the API cannot be reached, refuses the key, or is not given", async () => {
    const api = await start([]);
    const url = api.apiUrl;
    const wrongKey = captureIo();
    expect(
      await runProbe([CONFIG, "--statistics-api", url, "--api-key", "wrong"], wrongKey, {}),
    ).toBe(2);
    expect(wrongKey.err).toBe(
      "probe: the Statistics API cannot be used: POST /operations/get-statistic-ex: 403\n",
    );
    await api.close();
    standIn = undefined;
    const down = captureIo();
    expect(await runProbe([CONFIG, "--statistics-api", url], down, {})).toBe(2);
    expect(down.err).toMatch(/^probe: the Statistics API cannot be used: POST .*: unreachable: /);
    const usage = captureIo();
    expect(await runProbe([CONFIG], usage, {})).toBe(2);
    expect(usage.err).toMatch(/^probe: --statistics-api <url> is required\n/);
  });
});
