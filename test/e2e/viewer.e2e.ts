import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { WORKER_THRESHOLD_BYTES } from "../../src/ui/worker/analyseOffThread";
import { launchChromium } from "./support/launchChromium";
import { openText } from "./support/openText";
import { seriousAxeViolations } from "./support/runAxe";
import { serveDist, type StaticServer } from "./support/serveDist";

const SALES = resolve("test/ui/fixtures/sales.json");
const TEAM_A = "tenant:Environment/campaign:Sales/campaignGroup:Team A";

let server: StaticServer;
let browser: Browser;
let page: Page;

const treeitem = (name: string | RegExp) => page.getByRole("treeitem", { name });
const inspectorHeading = () =>
  page.getByRole("complementary", { name: "Inspector" }).getByRole("heading", { level: 2 });

async function openFile(path: string, name = path.split("/").pop()!) {
  await openText(page, name, readFileSync(path));
}

async function download(label: string): Promise<{ name: string; text: string }> {
  await page.getByRole("button", { name: "Export ▾" }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: label }).click(),
  ]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

beforeAll(async () => {
  server = await serveDist(resolve("dist"), {
    "/configs/sales.json": { status: 200, body: readFileSync(SALES, "utf8") },
    "/configs/missing.json": { status: 404, body: "{}" },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 880 }, acceptDownloads: true });
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the viewer in Chromium", () => {
  it("opens a picked file and flags the misnamed group with the id Stat Server expects", async () => {
    await openFile(SALES);
    await expect
      .poll(() =>
        treeitem(/^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/).count(),
      )
      .toBe(1);
    await expect(
      treeitem(/^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/).textContent(),
    ).resolves.toContain("Stat Server expects Sales@Team1");
    const card = page.locator(`.tree-card[data-node-id="${TEAM_A}"]`);
    await expect(card.textContent()).resolves.toContain("expects Sales@Team1");
  });

  it("clicking a finding lands on its node in the tree and the inspector", async () => {
    await page.getByRole("tab", { name: /Findings/ }).click();
    await page.getByRole("button", { name: /Team A.*Suggestion: Sales@Team1/ }).click();
    await expect.poll(() => inspectorHeading().textContent()).toBe("Team A");
    await expect
      .poll(() => page.locator(`.tree-card.is-selected[data-node-id="${TEAM_A}"]`).count())
      .toBe(1);
    expect(new URL(page.url()).searchParams.get("node")).toBe(TEAM_A);
    await page.getByRole("tab", { name: "Outline" }).click();
  });

  it("walks the outline with the keyboard alone", async () => {
    const tree = page.getByRole("tree", { name: "Hierarchy outline" });
    await tree.focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => inspectorHeading().textContent()).toBe("Retention");
    await page.keyboard.press("ArrowLeft");
    await expect(treeitem(/^Retention\s?, Campaign/).getAttribute("aria-expanded")).resolves.toBe(
      "false",
    );
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Space");
    await expect.poll(() => inspectorHeading().textContent()).toBe("Retention@Closers");
  });

  it("resolves a pasted Stat Server id, and explains one Stat Server would not find", async () => {
    const search = page.getByRole("combobox", { name: "Search by name or Stat Server id" });
    await search.fill("Retention@Team1");
    await search.press("Enter");
    await expect.poll(() => inspectorHeading().textContent()).toBe("Retention@Team1");
    await search.fill("Team A");
    await search.press("Enter");
    const why = page.getByRole("region", { name: "Why Stat Server would not find this id" });
    await expect(why.textContent()).resolves.toContain(
      "“Team A” is the configured name of a campaign group, but Stat Server knows it as “Sales@Team1”",
    );
    await why.getByRole("button", { name: "Sales@Team1" }).click();
    await expect.poll(() => inspectorHeading().textContent()).toBe("Team A");
  });

  it("exports findings as JSON, CSV and SARIF, and the rename plan, with the CLI's content", async () => {
    const json = await download("Findings (JSON)");
    expect(json.name).toBe("sales-findings.json");
    const parsed = JSON.parse(json.text);
    expect(parsed.findings).toEqual([
      expect.objectContaining({
        rule: "group-name-mismatch",
        name: "Team A",
        statId: "Sales@Team1",
        suggestion: "Sales@Team1",
      }),
    ]);
    const csv = await download("Findings (CSV)");
    expect(csv.name).toBe("sales-findings.csv");
    expect(csv.text.split(/\r?\n/)[1]).toContain("group-name-mismatch");
    const sarif = await download("Findings (SARIF)");
    const log = JSON.parse(sarif.text);
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].results[0].ruleId).toBe("group-name-mismatch");
    const plan = await download("Rename plan (CSV)");
    expect(plan.name).toBe("sales-rename-plan.csv");
    expect(plan.text).toMatch(/Team A.*Sales@Team1/);
  });

  it("pivots by calling list and puts the pivot in the address bar", async () => {
    await page.getByText("Calling lists", { exact: true }).click();
    await expect.poll(() => treeitem(/^Leads\s?, Calling list/).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("pivot")).toBe("callingList");
    await page.getByText("Campaigns", { exact: true }).click();
    await expect.poll(() => treeitem(/^Sales\s?, Campaign/).count()).toBe(1);
  });

  it("has no serious or critical accessibility violations with a configuration open", async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("keeps the open configuration when a broken file fails, and shows where it broke", async () => {
    await openText(page, "broken.json", '{"campaigns": [\n  {"name": "X",\n');
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toMatch(/broken\.json, line \d+, column \d+/);
    await expect(alert.textContent()).resolves.toContain("still shown");
    expect(await treeitem(/^Sales\s?, Campaign/).count()).toBe(1);
    await alert.getByRole("button", { name: "Dismiss" }).click();
  });

  it("keeps the open configuration when a large file read by the worker fails, and says where", async () => {
    // Over the size the page analyses itself: the worker reads this file and reports on it.
    const { text } = generateConfig({ objects: 3_000, seed: 4, defects: 0.05 });
    const cut = text.slice(0, Math.floor(text.length * 0.7));
    expect(cut.length).toBeGreaterThan(WORKER_THRESHOLD_BYTES);
    await openText(page, "cut-short.json", cut);
    const alert = page.getByRole("alert");
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toMatch(/cut-short\.json, line \d+, column \d+/);
    await expect(alert.textContent()).resolves.toContain("still shown");
    expect(await treeitem(/^Sales\s?, Campaign/).count()).toBe(1);
    await alert.getByRole("button", { name: "Dismiss" }).click();
  });

  it("loads a large file in the worker with progress, and keeps the DOM small", async () => {
    const { text } = generateConfig({ objects: 20_000, seed: 3, defects: 0.05 });
    await openText(page, "large.json", text);
    await expect
      .poll(() => page.getByText("large.json", { exact: true }).count(), { timeout: 30_000 })
      .toBe(1);
    const levels = page.getByRole("combobox", { name: /^Open levels/ });
    const all = (await levels.locator("option").last().textContent())!;
    expect(all).toMatch(/\(all\)$/);
    await levels.selectOption({ label: all });
    await page.getByRole("button", { name: "Fit" }).click();
    // The tree is laid out again for every level and redrawn on the next frame, fitted as an
    // overview of blocks: wait for it.
    const stage = page.locator(".tree-stage");
    await expect
      .poll(async () => Number(await stage.getAttribute("data-laid-out")))
      .toBeGreaterThan(20_000);
    await expect
      .poll(async () => Number(await stage.getAttribute("data-blocks")))
      .toBeGreaterThan(0);
    const count = await page.evaluate("document.getElementsByTagName('*').length");
    expect(count).toBeLessThan(5_000);
  });

  it("offers every built-in sample in the gallery and opens one by URL", async () => {
    await page.goto(server.url);
    const samples = JSON.parse(readFileSync(resolve("public/samples/index.json"), "utf8")) as {
      file: string;
      title: string;
    }[];
    const gallery = page.getByRole("list", { name: "Samples" });
    await gallery.getByRole("button").first().waitFor();
    const titles = await gallery.locator(".gallery-title").allTextContents();
    expect(titles).toEqual(samples.map((sample) => sample.title));
    const raw = samples.find(
      (sample) => sample.file.endsWith(".json") && /RAW/.test(sample.title),
    )!;
    await gallery.getByRole("button", { name: new RegExp(raw.title) }).click();
    await expect.poll(() => page.getByText(raw.file, { exact: true }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("config")).toBe(`/samples/${raw.file}`);
    await page.getByRole("tree", { name: "Hierarchy outline" }).focus();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    const last = (await inspectorHeading().textContent())!;
    const selectedCard = page.locator(".tree-card.is-selected");
    await expect.poll(() => selectedCard.count()).toBe(1);
    await expect(selectedCard.textContent()).resolves.toContain(last);
    const search = page.getByRole("combobox", { name: "Search by name or Stat Server id" });
    await search.fill("cfgObjectTest");
    await search.press("Enter");
    const why = page.getByRole("region", { name: "Why Stat Server would not find this id" });
    await expect(why.textContent()).resolves.toContain(
      "“cfgObjectTest” is the configured name of a campaign group",
    );
  });

  it("opens ?config=<url> and the selected node from a shared link", async () => {
    await page.goto(`${server.url}/?config=/configs/sales.json&node=${encodeURIComponent(TEAM_A)}`);
    await expect.poll(() => inspectorHeading().textContent()).toBe("Team A");
  });

  it("opens a large ?config=<url> in the worker, which reads the fetched body", async () => {
    const { text } = generateConfig({ objects: 5_000, seed: 8, defects: 0.05 });
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD_BYTES);
    // By path: a glob would also match the page's own address, whose query names the file.
    const isConfig = (url: URL) => url.pathname === "/configs/large-by-url.json";
    await page.route(isConfig, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: text }),
    );
    await page.goto(`${server.url}/?config=/configs/large-by-url.json`);
    await expect
      .poll(() => page.getByText("large-by-url.json", { exact: true }).count(), { timeout: 30_000 })
      .toBe(1);
    // The worker's timeline reached the page: the file was read and analysed there.
    await expect
      .poll(() => page.evaluate(`performance.getEntriesByName("campaign-lens:worker-read").length`))
      .toBe(1);
    await page.unroute(isConfig);
  });

  it("shows a URL that cannot be fetched, with a retry", async () => {
    await page.goto(`${server.url}/?config=/configs/missing.json`);
    const alert = page.getByRole("alert");
    await expect
      .poll(() => alert.textContent())
      .toContain("Could not fetch /configs/missing.json: HTTP 404.");
    expect(await alert.getByRole("button", { name: "Retry" }).count()).toBe(1);
  });

  it("has no serious or critical accessibility violations on the empty page", async () => {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Open a configuration" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
