import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { runTree } from "../../../src/node/cli/tree";
import { memoryIo } from "./memoryIo";
import { mutagenSample, spawnCli } from "./spawnCli";

interface TreeNode {
  kind: string;
  name: string;
  statId: string | null;
  children: TreeNode[];
}

describe("npm run tree", () => {
  it("draws mutagen's campaignGroups sample with the composed id beside the misnamed group (spawned)", async () => {
    const { code, stdout, stderr } = await spawnCli("tree", [
      mutagenSample("campaignGroups-config.json"),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 4)).toEqual([
      "▣ Environment",
      "└─ ◆ campaignGroupCampaign",
      "   └─ ◈ cfgObjectTest  → campaignGroupCampaign@campaignGroupAgentGroup",
      "      └─ ▤ campaignGroupAgentGroup",
    ]);
  });

  it("prints JSON nodes {kind, name, statId, children} with --format json", async () => {
    const { io, out } = memoryIo();
    const code = await runTree(
      ["--format", "json", mutagenSample("campaignGroups-config.json")],
      io,
    );
    expect(code).toBe(0);
    const root = JSON.parse(out.stdout) as TreeNode;
    expect(Object.keys(root)).toEqual(["kind", "name", "statId", "children"]);
    const campaign = root.children[0]!.children[0]!;
    expect(campaign).toMatchObject({ kind: "campaign", name: "campaignGroupCampaign" });
    expect(campaign.children[0]).toMatchObject({
      kind: "campaignGroup",
      name: "cfgObjectTest",
      statId: "campaignGroupCampaign@campaignGroupAgentGroup",
    });
  });

  it("writes the JSON exactly as JSON.stringify indents it, names escaped, at every depth", async () => {
    const name = 'Sales "Q1" \\ back\nslash \u0001 ☎';
    const config = JSON.stringify({
      __metadata__: { formatName: "JSON" },
      campaigns: [
        { name, tenant: "Environment", callingLists: [{ callingList: "L", share: 10 }] },
        { name: "Empty", tenant: "Environment" },
      ],
      callingLists: [{ name: "L", tenant: "Environment" }],
    });
    const { io, out } = memoryIo(config);
    expect(await runTree(["--format", "json", "-"], io)).toBe(0);
    const root = JSON.parse(out.stdout) as TreeNode;
    expect(out.stdout).toBe(`${JSON.stringify(root, null, 2)}\n`);
    const [sales, empty] = root.children[0]!.children;
    expect(sales).toMatchObject({ kind: "campaign", name, statId: name });
    expect(sales!.children[0]!.children[0]).toEqual({
      kind: "callingList",
      name: "L",
      statId: "L",
      children: [],
    });
    expect(empty).toEqual({ kind: "campaign", name: "Empty", statId: "Empty", children: [] });
  });

  it("shows agents by employee ID, and says when an agent has none", async () => {
    const config = JSON.stringify({
      __metadata__: { formatName: "JSON" },
      campaigns: [{ name: "Sales", tenant: "Environment" }],
      campaignGroups: [
        {
          campaign: { name: "Sales", tenant: "Environment" },
          name: "Sales@Team A",
          group: { name: "Team A", groupType: "agentgroup" },
          tenant: "Environment",
        },
      ],
      agentGroups: [{ agents: ["ann", "bob"], group: { name: "Team A", tenant: "Environment" } }],
      persons: [
        { userName: "ann", employeeId: "E1", agent: true, tenant: "Environment" },
        { userName: "bob", agent: true, tenant: "Environment" },
      ],
    });
    const { io, out } = memoryIo(config);
    expect(await runTree(["-"], io)).toBe(0);
    expect(out.stdout).toContain("         ├─ ● ann  → E1\n");
    expect(out.stdout).toContain("         └─ ● bob  → (no employee ID)\n");
    expect(out.stdout).toContain("   └─ ◈ Sales@Team A\n");
  });

  it("refuses a bad format and an unreadable file with exit 2", async () => {
    const bad = memoryIo();
    expect(await runTree(["--format", "svg", "x.json"], bad.io)).toBe(2);
    expect(bad.out.stderr).toMatch(/^tree: --format must be one of text, json, got "svg"/);
    const missing = memoryIo();
    expect(await runTree(["nope.json"], missing.io)).toBe(2);
    expect(missing.out.stderr).toBe("tree: nope.json: cannot read: no such file\n");
  });

  it("says there is nothing to draw for a RAW export of switches only, as check does", async () => {
    const { io, out } = memoryIo();
    const file = "../shared/samples/mutagen/export-raw/sorted_switch.json";
    expect(await runTree([file], io)).toBe(0);
    expect(out.stdout).toBe(
      `${file} (mutagen-raw): no campaign objects; skipped CFGSwitch: 3 objects\n` +
        "Nothing to draw: the files hold no tenant, campaign, group, person or place.\n",
    );
  });

  it("says why a GVP-only mutagen file draws nothing, on stderr beside an empty JSON tree", async () => {
    const { io, out } = memoryIo();
    const file = "test/fixtures/import/gvp-only.json";
    expect(await runTree(["--format", "json", file], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ kind: "root", children: [] });
    expect(out.stderr).toContain(
      `${file} (mutagen-json): no campaign objects; skipped gvpResellers: 1 object, gvpCustomers: 1 object, gvpIVRProfiles: 1 object`,
    );
    expect(out.stderr).toContain("Nothing to draw");
  });

  it("writes a large tree in parts as it draws it, the same text and JSON as whole, to a file too", async () => {
    const config = generateConfig({ objects: 3000, seed: 11, defects: 0.1 }).text;
    for (const format of ["text", "json"]) {
      const { io, out } = memoryIo(config);
      const parts: string[] = [];
      const counting = {
        ...io,
        stdoutPaced: (text: string) => Promise.resolve(parts.push(text) > 0),
      };
      expect(await runTree(["--format", format, "-"], counting)).toBe(0);
      expect(out.stderr).toBe("");
      expect(parts.length).toBeGreaterThan(2);
      const whole = parts.join("");
      if (format === "json") expect(whole).toBe(`${JSON.stringify(JSON.parse(whole), null, 2)}\n`);
      else
        expect(whole.split("\n").filter((line) => line.includes("◈")).length).toBeGreaterThan(20);
      const file = join(mkdtempSync(join(tmpdir(), "lens-tree-")), `tree.${format}`);
      const toFile = memoryIo(config);
      expect(await runTree(["--format", format, "--output", file, "-"], toFile.io)).toBe(0);
      expect(toFile.out.stdout).toBe("");
      expect(readFileSync(file, "utf8")).toBe(whole);
    }
  });
});
