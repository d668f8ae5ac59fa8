import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { downloadFrom } from "./support/downloadFrom";
import { expectOnTop } from "./support/expectOnTop";
import { chooseFiles } from "./support/chooseFiles";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { openText } from "./support/openText";
import { SCREENS, screenOptions } from "./support/viewports";

/**
 * Put before the worker's own code: the worker keeps its `done` messages (the findings) until
 * the page says "go" on a broadcast channel, so the test sees the state between the hierarchy
 * and the findings for as long as it needs, whatever the machine's speed.
 */
const HOLD_FINDINGS = `
const heldFindings = [];
const postNow = self.postMessage.bind(self);
new BroadcastChannel("e2e-findings").onmessage = () => {
  for (const send of heldFindings.splice(0)) send();
};
self.postMessage = (message, options) =>
  message && message.type === "done"
    ? void heldFindings.push(() => postNow(message, options))
    : postNow(message, options);
`;

// As production serves the app: by the project's own server, under its CSP.
const csp = chromiumUnderCsp();
let page: Page;

const treeitems = (kind: string) =>
  page.getByRole("treeitem", { name: new RegExp(`, ${kind}\\b`) }).count();
/** How many times `p` has marked `campaign-lens:<name>` (0 or 1). */
const markedOn = (p: Page, name: string) =>
  p.evaluate(`performance.getEntriesByName("campaign-lens:${name}").length`);
const mark = (name: string) => markedOn(page, name);
const startOf = (name: string) =>
  page.evaluate(
    `performance.getEntriesByName("campaign-lens:${name}")[0].startTime`,
  ) as Promise<number>;

beforeAll(async () => {
  page = await csp.browser.newPage({ viewport: { width: 1400, height: 880 } });
  await page.goto(`${csp.server.url}/?stats=off`);
});

describe("a configuration analysed in the worker", () => {
  it("arrives in stages (hierarchy before the findings, the model after the first paint)", async () => {
    const { text } = generateConfig({ objects: 20_000, seed: 5, defects: 0.05 });
    await openText(page, "large.json", text);
    await expect.poll(() => mark("first-tree-paint"), { timeout: 30_000 }).toBe(1);
    expect(await mark("hierarchy-received")).toBe(1);
    expect(await treeitems("Campaign")).toBeGreaterThan(0);
    // The findings follow the first paint: the tab counts them once they are in.
    await expect
      .poll(() => page.getByRole("tab", { name: /^Findings/ }).textContent(), { timeout: 15_000 })
      .toMatch(/\d/);
    // The worker held its rules until the page had drawn the tree, so the two did not share the
    // cores on the way to the first paint.
    expect(await startOf("worker-shown")).toBeGreaterThanOrEqual(await startOf("first-tree-paint"));
    expect(await startOf("worker-rules")).toBeGreaterThan(await startOf("worker-shown"));
    await expect.poll(() => mark("model-received"), { timeout: 15_000 }).toBe(1);
    expect(await startOf("model-received")).toBeGreaterThan(await startOf("first-tree-paint"));
  });

  it("shows a node's configuration fields from the model fetched after the paint", async () => {
    await clickOnTop(
      page.getByRole("treeitem", { name: /, Campaign\b/ }).first(),
      "the first campaign's row",
    );
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    await expect
      .poll(() => inspector.getByRole("heading", { name: "Configuration" }).count())
      .toBe(1);
    await expect
      .poll(() => inspector.locator("dl").textContent())
      .toMatch(/Sourcelarge\.json \(campaigns\[\d+\]\)/);
    expect(await inspector.getByText("Loading details…").count()).toBe(0);
  });

  it("exports the findings as JSON and the rename plan, which read the worker's model", async () => {
    await clickOnTop(page.getByRole("button", { name: "Export ▾" }), "Export");
    const saved = (label: string) => downloadFrom(page.getByRole("button", { name: label }), label);
    const json = await saved("Findings (JSON)");
    expect(json.name).toBe("large-findings.json");
    const parsed = JSON.parse(json.text) as { findings: unknown[] };
    expect(parsed.findings.length).toBeGreaterThan(0);
    expect(json.text).toContain('"large.json"');
    await clickOnTop(page.getByRole("button", { name: "Export ▾" }), "Export");
    const plan = await saved("Rename plan (CSV)");
    expect(plan.name).toBe("large-rename-plan.csv");
    expect(plan.text.split(/\r?\n/).length).toBeGreaterThan(2);
  });

  it("pivots by calling list with the hierarchy built in the worker, and back, keeping the selected campaign", async () => {
    const node = () => new URL(page.url()).searchParams.get("node");
    // The campaign selected by the test before, by its path under the campaign pivot.
    const selected = node()!;
    const campaign = selected.slice(selected.lastIndexOf("/") + 1);
    expect(campaign).toMatch(/^campaign:/);
    const selectedRow = page.getByRole("treeitem", { selected: true });

    await clickOnTop(
      page.locator("label.pivot-option", { hasText: "Calling lists" }),
      "the Calling lists pivot",
    );
    await expect.poll(() => treeitems("Calling list"), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("pivot")).toBe("callingList");
    expect(await mark("pivot-from-worker")).toBe(1);
    // The same campaign, by its path in this pivot (under a calling list, or Unassigned).
    await expect
      .poll(() => node()?.endsWith(`/${campaign}`) ?? false, { timeout: 15_000 })
      .toBe(true);
    expect(node()).not.toBe(selected);
    await expect.poll(() => selectedRow.count()).toBe(1);

    await clickOnTop(page.locator("label.pivot-option", { hasText: "Groups" }), "the Groups pivot");
    await expect.poll(() => treeitems("Agent group"), { timeout: 15_000 }).toBeGreaterThan(0);
    await clickOnTop(
      page.locator("label.pivot-option", { hasText: "Campaigns" }),
      "the Campaigns pivot",
    );
    await expect.poll(() => treeitems("Campaign"), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(node, { timeout: 15_000 }).toBe(selected);
    await expect.poll(() => selectedRow.count()).toBe(1);
  });
});

describe.each(SCREENS)(
  "while the worker's rules run, at $width x $height, $colorScheme",
  (screen) => {
    it("draws the tree before the findings arrive, says the rules are being checked, and holds the exports until they are in", async () => {
      const context = await csp.browser.newContext(screenOptions(screen));
      try {
        const held = await context.newPage();
        await held.route(/\/assets\/analyse\.worker-[^/]*\.js$/, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: HOLD_FINDINGS + (await response.text()) });
        });
        await held.goto(`${csp.server.url}/?stats=off`);
        const marked = (name: string) => markedOn(held, name);
        const { text } = generateConfig({ objects: 20_000, seed: 7, defects: 0.05 });
        await openText(held, "large.json", text);

        // The tree is drawn while the findings are still in the worker.
        await expect.poll(() => marked("first-tree-paint"), { timeout: 30_000 }).toBe(1);
        expect(await marked("hierarchy-prepared")).toBe(1);
        expect(await marked("analysis-received")).toBe(0);
        expect(await held.getByRole("treeitem", { name: /, Campaign\b/ }).count()).toBeGreaterThan(
          0,
        );

        const tab = held.getByRole("tab", { name: "Findings (…)" });
        await clickOnTop(tab, "the Findings tab");
        const checking = held.getByRole("status").filter({ hasText: "Checking the rules…" });
        await expect.poll(() => checking.count()).toBe(1);
        await expectOnTop(checking, "the checking status", { scrollPage: true });
        expect(await held.getByText("No findings.").count()).toBe(0);
        // The progress of the rules floats over the drawing, not over the filters.
        await expectOnTop(held.getByRole("radio", { name: "All objects" }), "the filter", {
          scrollPage: true,
        });
        // On a phone the review tools and the exports fold behind the Tools button.
        const tools = held.getByRole("button", { name: /^Tools/ });
        if (await tools.isVisible()) await clickOnTop(tools, "the Tools button");
        const report = held.getByRole("button", { name: "Report" });
        // Every review tool that reads the findings waits, in view and saying why.
        for (const name of [
          "Report",
          "Compare",
          "Conventions",
          "Present",
          /^Tree SVG/,
          /^Tree PNG/,
        ]) {
          const tool = held.getByRole("button", { name });
          await expectOnTop(tool, `${String(name)} while the rules run`, { scrollPage: true });
          expect(await tool.isDisabled()).toBe(true);
          expect(await tool.getAttribute("title")).toMatch(/rules still run/);
        }
        const exportButton = held.getByRole("button", { name: "Export ▾" });
        await clickOnTop(exportButton, "Export");
        const json = held.getByRole("button", { name: "Findings (JSON)" });
        expect(await json.isDisabled()).toBe(true);
        // Nor over the export menu.
        for (const name of [
          "Findings (JSON)",
          "Findings (CSV)",
          "Findings (SARIF)",
          "Rename plan (CSV)",
        ]) {
          await expectOnTop(held.getByRole("button", { name }), `${name} while the rules run`);
        }
        await saveShot(held, "checking", screen);
        await clickOnTop(exportButton, "Export");

        // The findings come in: the same view, with counts, and the exports enabled.
        await held.evaluate(() => new BroadcastChannel("e2e-findings").postMessage("go"));
        await expect.poll(() => marked("analysis-received"), { timeout: 15_000 }).toBe(1);
        await expect
          .poll(() => held.getByRole("tab", { name: /^Findings \(\d+\)$/ }).count())
          .toBe(1);
        expect(await checking.count()).toBe(0);
        expect(await held.locator(".finding-row").count()).toBeGreaterThan(0);
        expect(await report.isDisabled()).toBe(false);
        await clickOnTop(exportButton, "Export");
        expect(await json.isDisabled()).toBe(false);
        await saveShot(held, "checked", screen);
      } finally {
        await context.close();
      }
    });
  },
);

describe("a large file that can no longer be read when the worker comes to read it", () => {
  it("keeps the open configuration and says which file could not be read", async () => {
    const held = await csp.browser.newPage({ viewport: { width: 1400, height: 880 } });
    try {
      // The worker's script is held back, so the chosen file is read only once it is gone.
      let release = () => {};
      const released = new Promise<void>((done) => (release = done));
      await held.route(/\/assets\/analyse\.worker-[^/]*\.js$/, async (route) => {
        await released;
        await route.continue();
      });
      await held.goto(`${csp.server.url}/?stats=off`);
      const sales = held.getByRole("treeitem", { name: /^Sales\s?, Campaign/ });
      await openText(held, "sales.json", readFileSync("test/ui/fixtures/sales.json"));
      await expect.poll(() => sales.count()).toBe(1);

      const path = join(mkdtempSync(join(tmpdir(), "lens-gone-")), "gone.json");
      writeFileSync(path, generateConfig({ objects: 5_000, seed: 9, defects: 0.05 }).text);
      await chooseFiles(held.getByLabel("Open files…"), path);
      rmSync(path);
      release();

      const alert = held.getByRole("alert");
      await expect
        .poll(() => alert.textContent(), { timeout: 30_000 })
        .toMatch(/gone\.json.*could not be read/);
      await expect(alert.textContent()).resolves.toContain("still shown");
      expect(await sales.count()).toBe(1);
      await expectOnTop(alert.getByRole("button", { name: "Dismiss" }), "Dismiss");
      await saveShot(held, "file-gone");
    } finally {
      await held.close();
    }
  });
});
