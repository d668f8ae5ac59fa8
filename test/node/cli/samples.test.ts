import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../../src/node/cli/check";
import { memoryIo } from "./memoryIo";

const SAMPLES = resolve(__dirname, "../../../public/samples");

interface Report {
  files: { path: string; format: string; objects: Record<string, number> }[];
  findings: {
    rule: string;
    severity: string;
    kind: string;
    name: string;
    suggestion: string | null;
  }[];
  summary: { error: number; warning: number; info: number };
}

async function checkSample(file: string): Promise<{ code: number; report: Report }> {
  const { io, out } = memoryIo();
  const code = await runCheck(["--format", "json", resolve(SAMPLES, file)], io);
  expect(out.stderr).toBe("");
  return { code, report: JSON.parse(out.stdout) as Report };
}

const brief = (f: Report["findings"][number]) => `${f.rule} ${f.kind} ${JSON.stringify(f.name)}`;

describe("the demo samples", () => {
  it("are listed in index.json with a title and a one-line description each", () => {
    const index = JSON.parse(readFileSync(resolve(SAMPLES, "index.json"), "utf8")) as {
      file: string;
      title: string;
      description: string;
    }[];
    expect(index.map((s) => s.file)).toEqual([
      "small-clean.json",
      "contact-centre-mistakes.json",
      "place-groups.xml",
      "multi-tenant-raw.json",
    ]);
    for (const sample of index) {
      expect(sample.title.length).toBeGreaterThan(5);
      expect(sample.description).not.toContain("\n");
    }
  });

  it("small-clean.json loads as mutagen JSON and has no finding at all, exit 0", async () => {
    const { code, report } = await checkSample("small-clean.json");
    expect(code).toBe(0);
    expect(report.files[0]).toMatchObject({
      format: "mutagen-json",
      objects: expect.objectContaining({ campaign: 2, campaignGroup: 3, agentGroup: 2, person: 8 }),
    });
    expect(report.findings).toEqual([]);
  });

  it("contact-centre-mistakes.json has the typical mistakes, each named", async () => {
    const { code, report } = await checkSample("contact-centre-mistakes.json");
    expect(code).toBe(1);
    expect(report.files[0]?.objects).toMatchObject({ tenant: 3, campaign: 21, campaignGroup: 48 });
    const found = report.findings.map(brief);
    expect(found).toEqual(
      expect.arrayContaining([
        'group-name-mismatch campaignGroup "Group 1"',
        'group-name-mismatch campaignGroup "Winback_H2_Team_Leeds"',
        'group-name-mismatch campaignGroup "winback_h2@team_toronto_weekend"',
        'group-name-mismatch campaignGroup "Prospection_Q2@Team_Glasgow"',
        'duplicate-name agentGroup "Команда_Москва"',
        'confusable-names campaign "Продажи＿Ｑ３"',
        'invisible-character place "Dublin\u00A0P007"',
        'at-sign-in-name placeGroup "Этаж@6@Пермь"',
        'name-whitespace campaign "Enquête  Q3"',
        'empty-group agentGroup "Team_Toronto"',
        'agent-without-employee-id person "emma.clarke"',
        'ambiguous-group-name campaignGroup "Sales_Q1@Team_Glasgow"',
        'missing-group campaignGroup "Продажи_Q3@Этаж_6_Пермь"',
        'inactive-calling-list campaignCallingList "Удержание_H2_Казань@Удержание_Пермь_H1"',
        'disabled-in-use campaignGroup "Enquête Q2@Équipe Nantes"',
      ]),
    );
    const caseOnly = report.findings.find((f) => f.name === "winback_h2@team_toronto_weekend");
    expect(caseOnly?.suggestion).toBe("Winback_H2@Team_Toronto_Weekend");
    expect(report.summary).toEqual({ error: 11, warning: 23, info: 1 });
  });

  it("place-groups.xml dials through place groups and flags the dropped accent, the ambiguous name, the empty floor and the parked list", async () => {
    const { code, report } = await checkSample("place-groups.xml");
    expect(code).toBe(1);
    expect(report.files[0]).toMatchObject({
      format: "psdk-xml",
      objects: expect.objectContaining({ placeGroup: 4, place: 13, campaignGroup: 4 }),
    });
    expect(report.findings.map(brief)).toEqual([
      'group-name-mismatch campaignGroup "Relance_Q3@Etage 3 Lyon"',
      'ambiguous-group-name campaignGroup "Relance_Q3@Étage 2 Lyon"',
      'empty-group placeGroup "Plateau 1 Montréal"',
      'inactive-calling-list campaignCallingList "Prospection_2026@Rappels_Clients"',
    ]);
    expect(report.findings[0]?.suggestion).toBe("Relance_Q3@Étage 3 Lyon");
  });

  it("multi-tenant-raw.json loads as mutagen RAW, with cfgObjectTest and three other misnamed groups", async () => {
    const { code, report } = await checkSample("multi-tenant-raw.json");
    expect(code).toBe(1);
    expect(report.files[0]?.format).toBe("mutagen-raw");
    expect(report.findings.map(brief)).toEqual([
      'group-name-mismatch campaignGroup "enquête 2026 québec@team boston"',
      'group-name-mismatch campaignGroup "Survey_H2_Leeds@Team_Toronto"',
      'group-name-mismatch campaignGroup "cfgObjectTest"',
      'group-name-mismatch campaignGroup "Продажи_Q1@Команда_Новосибирск"',
      'unknown-reference agentGroup "Team_Glasgow"',
      'name-whitespace callingList "Relance Genève Q4 "',
      'name-whitespace place "Leeds_P685 "',
    ]);
  });
});
