import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { WORKER_THRESHOLD_BYTES } from "../../src/ui/worker/analyseOffThread";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { saveShot } from "./support/saveShot";
import { downloadFrom, type Saved } from "./support/downloadFrom";
import { openExportMenu } from "./support/openExportMenu";
import { clickOnTop } from "./support/clickOnTop";
import { expectOnTop } from "./support/expectOnTop";
import { openText } from "./support/openText";
import { seriousAxeViolations } from "./support/runAxe";
import { showHeaderTools } from "./support/showHeaderTools";
import { withPageOn } from "./support/newPageOn";
import { SCREENS } from "./support/viewports";

const SALES = resolve("test/ui/fixtures/sales.json");
const TEAM_A = "tenant:Environment/campaign:Sales/campaignGroup:Team A";
// Over the size the page analyses itself: the worker reads this one once it is fetched.
const LARGE_BY_URL = generateConfig({ objects: 5_000, seed: 8, defects: 0.05 }).text;

// As production serves the app, under its CSP; the configurations opened by `?config=` are
// the ones the server was started with (`--config`), at the addresses it gives them.
const csp = chromiumUnderCsp({
  configFiles: [
    { name: "sales.json", content: new Uint8Array(readFileSync(SALES)) },
    { name: "large-by-url.json", content: new TextEncoder().encode(LARGE_BY_URL) },
  ],
});
const configAddress = (index: number, name: string) => `/api/config/${index}/${name}`;
/**
 * The app with nothing open. The server's bare address opens the first configuration it serves;
 * any query string leaves the page as it is asked for.
 */
const emptyApp = () => `${csp.server.url}/?stats=live`;

let page: Page;

const treeitem = (name: string | RegExp) => page.getByRole("treeitem", { name });
const inspectorHeading = () =>
  page.getByRole("complementary", { name: "Inspector" }).getByRole("heading", { level: 2 });

/** Opens a text with "Open files…", once its button is there to be pressed. */
async function openNamed(name: string, text: string | Buffer) {
  await openText(page, name, text);
}

async function openFile(path: string, name = path.split("/").pop()!) {
  await openNamed(name, readFileSync(path));
}

/** Saves one of the Export menu's items, the menu opened as a person would. */
async function download(label: string): Promise<Saved> {
  await clickOnTop(page.getByRole("button", { name: "Export ▾" }), "Export");
  return downloadFrom(page.getByRole("button", { name: label }), label);
}

beforeAll(async () => {
  page = await csp.browser.newPage({
    viewport: { width: 1400, height: 880 },
    acceptDownloads: true,
  });
  await page.goto(emptyApp());
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
    await clickOnTop(page.getByRole("tab", { name: /Findings/ }), "the Findings tab");
    await clickOnTop(
      page.getByRole("button", { name: /Team A.*Suggestion: Sales@Team1/ }),
      "Team A's finding",
    );
    await expect.poll(() => inspectorHeading().textContent()).toBe("Team A");
    await expect
      .poll(() => page.locator(`.tree-card.is-selected[data-node-id="${TEAM_A}"]`).count())
      .toBe(1);
    expect(new URL(page.url()).searchParams.get("node")).toBe(TEAM_A);
    await clickOnTop(page.getByRole("tab", { name: "Outline" }), "the Outline tab");
  });

  it("walks the outline with the keyboard alone", async () => {
    const tree = page.getByRole("tree", { name: "Hierarchy outline" });
    await expectOnTop(tree, "the outline");
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
    await expectOnTop(search, "the search box");
    await search.fill("Retention@Team1");
    await search.press("Enter");
    await expect.poll(() => inspectorHeading().textContent()).toBe("Retention@Team1");
    await search.fill("Team A");
    await search.press("Enter");
    const why = page.getByRole("region", { name: "Why Stat Server would not find this id" });
    await expect(why.textContent()).resolves.toContain(
      "“Team A” is the configured name of a campaign group, but Stat Server knows it as “Sales@Team1”",
    );
    await clickOnTop(why.getByRole("button", { name: "Sales@Team1" }), "the suggested id");
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
    await clickOnTop(page.getByText("Calling lists", { exact: true }), "Calling lists");
    await expect.poll(() => treeitem(/^Leads\s?, Calling list/).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("pivot")).toBe("callingList");
    await clickOnTop(page.getByText("Campaigns", { exact: true }), "Campaigns");
    await expect.poll(() => treeitem(/^Sales\s?, Campaign/).count()).toBe(1);
  });

  it("has no serious or critical accessibility violations with a configuration open", async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("keeps the open configuration when a broken file fails, and shows where it broke", async () => {
    await openNamed("broken.json", '{"campaigns": [\n  {"name": "X",\n');
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toMatch(/broken\.json, line \d+, column \d+/);
    await expect(alert.textContent()).resolves.toContain("still shown");
    expect(await treeitem(/^Sales\s?, Campaign/).count()).toBe(1);
    await clickOnTop(alert.getByRole("button", { name: "Dismiss" }), "Dismiss");
  });

  it("keeps the open configuration when a large file read by the worker fails, and says where", async () => {
    // Over the size the page analyses itself: the worker reads this file and reports on it.
    const { text } = generateConfig({ objects: 3_000, seed: 4, defects: 0.05 });
    const cut = text.slice(0, Math.floor(text.length * 0.7));
    expect(cut.length).toBeGreaterThan(WORKER_THRESHOLD_BYTES);
    await openNamed("cut-short.json", cut);
    const alert = page.getByRole("alert");
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toMatch(/cut-short\.json, line \d+, column \d+/);
    await expect(alert.textContent()).resolves.toContain("still shown");
    expect(await treeitem(/^Sales\s?, Campaign/).count()).toBe(1);
    await clickOnTop(alert.getByRole("button", { name: "Dismiss" }), "Dismiss");
  });

  it("loads a large file in the worker with progress, and keeps the DOM small", async () => {
    const { text } = generateConfig({ objects: 20_000, seed: 3, defects: 0.05 });
    await openNamed("large.json", text);
    await expect
      .poll(() => page.getByText("large.json", { exact: true }).count(), { timeout: 30_000 })
      .toBe(1);
    const levels = page.getByRole("combobox", { name: /^Open levels/ });
    await expectOnTop(levels, "Open levels", { scrollPage: true });
    const all = (await levels.locator("option").last().textContent())!;
    expect(all).toMatch(/\(all\)$/);
    await levels.selectOption({ label: all });
    await clickOnTop(page.getByRole("button", { name: "Fit" }), "Fit");
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
    await page.goto(emptyApp());
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
    await clickOnTop(gallery.getByRole("button", { name: new RegExp(raw.title) }), raw.title);
    await expect.poll(() => page.getByText(raw.file, { exact: true }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("config")).toBe(`/samples/${raw.file}`);
    const outline = page.getByRole("tree", { name: "Hierarchy outline" });
    await expectOnTop(outline, "the outline");
    await outline.focus();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    const last = (await inspectorHeading().textContent())!;
    const selectedCard = page.locator(".tree-card.is-selected");
    await expect.poll(() => selectedCard.count()).toBe(1);
    await expect(selectedCard.textContent()).resolves.toContain(last);
    const search = page.getByRole("combobox", { name: "Search by name or Stat Server id" });
    await expectOnTop(search, "the search box");
    await search.fill("cfgObjectTest");
    await search.press("Enter");
    const why = page.getByRole("region", { name: "Why Stat Server would not find this id" });
    await expect(why.textContent()).resolves.toContain(
      "“cfgObjectTest” is the configured name of a campaign group",
    );
  });

  it("opens ?config=<url> and the selected node from a shared link", async () => {
    await page.goto(
      `${csp.server.url}/?config=${encodeURIComponent(configAddress(0, "sales.json"))}&node=${encodeURIComponent(TEAM_A)}`,
    );
    await expect.poll(() => inspectorHeading().textContent()).toBe("Team A");
  });

  it("opens a large ?config=<url> in the worker, which reads the fetched body", async () => {
    expect(LARGE_BY_URL.length).toBeGreaterThan(WORKER_THRESHOLD_BYTES);
    await page.goto(
      `${csp.server.url}/?config=${encodeURIComponent(configAddress(1, "large-by-url.json"))}`,
    );
    await expect
      .poll(() => page.getByText("large-by-url.json", { exact: true }).count(), { timeout: 30_000 })
      .toBe(1);
    // The worker's timeline reached the page: the file was read and analysed there.
    await expect
      .poll(() => page.evaluate(`performance.getEntriesByName("campaign-lens:worker-read").length`))
      .toBe(1);
  });

  it("shows a URL that cannot be fetched, with a retry", async () => {
    // The server serves no configuration by this name: it answers 404.
    const missing = configAddress(0, "missing.json");
    await page.goto(`${csp.server.url}/?config=${encodeURIComponent(missing)}`);
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain(`Could not fetch ${missing}: HTTP 404.`);
    await expectOnTop(alert.getByRole("button", { name: "Retry" }), "Retry");
  });

  it("has no serious or critical accessibility violations on the empty page", async () => {
    await page.goto(emptyApp());
    await page.getByRole("heading", { name: "Open a configuration" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe.each(SCREENS)("the viewer's controls at $width x $height, $colorScheme", (screen) => {
  it("opens a file, lands on a finding's node, searches, pivots and exports with every control in view and on top", async () => {
    await withPageOn(csp.browser, screen, async (seen) => {
      await seen.goto(emptyApp());
      await openText(seen, "sales.json", readFileSync(SALES));
      const heading = seen
        .getByRole("complementary", { name: "Inspector" })
        .getByRole("heading", { level: 2 });

      await clickOnTop(seen.getByRole("tab", { name: /Findings/ }), "the Findings tab");
      await clickOnTop(
        seen.getByRole("button", { name: /Team A.*Suggestion: Sales@Team1/ }),
        "Team A's finding",
      );
      await expect.poll(() => heading.textContent()).toBe("Team A");
      await expectOnTop(heading, "the inspector's heading", { scrollPage: true });
      await saveShot(seen, "viewer-selected", screen);

      await clickOnTop(seen.getByRole("tab", { name: "Outline" }), "the Outline tab");
      await expectOnTop(seen.getByRole("tree", { name: "Hierarchy outline" }), "the outline", {
        scrollPage: true,
      });
      const levels = seen.getByRole("combobox", { name: /^Open levels/ });
      await expectOnTop(levels, "Open levels", { scrollPage: true });
      await clickOnTop(seen.getByRole("button", { name: "Fit" }), "Fit");

      const search = seen.getByRole("combobox", { name: "Search by name or Stat Server id" });
      await expectOnTop(search, "the search box", { scrollPage: true });
      await search.fill("Team A");
      await search.press("Enter");
      const why = seen.getByRole("region", { name: "Why Stat Server would not find this id" });
      await why.waitFor();
      await saveShot(seen, "viewer-search-why", screen);
      await clickOnTop(why.getByRole("button", { name: "Sales@Team1" }), "the suggested id");
      await expect.poll(() => heading.textContent()).toBe("Team A");

      // The pivot and the exports are in the header's Tools row, folded on a phone.
      await showHeaderTools(seen);
      await clickOnTop(seen.getByText("Calling lists", { exact: true }), "Calling lists");
      await expect
        .poll(() => seen.getByRole("treeitem", { name: /^Leads\s?, Calling list/ }).count())
        .toBe(1);
      await clickOnTop(seen.getByText("Campaigns", { exact: true }), "Campaigns");
      await expect
        .poll(() => seen.getByRole("treeitem", { name: /^Sales\s?, Campaign/ }).count())
        .toBe(1);

      await openExportMenu(seen);
      await saveShot(seen, "viewer-export", screen);
      const [file] = await Promise.all([
        seen.waitForEvent("download"),
        seen.getByRole("button", { name: "Rename plan (CSV)" }).click(),
      ]);
      expect(file.suggestedFilename()).toBe("sales-rename-plan.csv");
    });
  });
});
