import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { expectOnTop } from "./support/expectOnTop";
import { seriousAxeViolations } from "./support/runAxe";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { openText } from "./support/openText";
import { newPageOn } from "./support/newPageOn";
import { SCREENS, type Screen } from "./support/viewports";

const SALES = readFileSync(resolve("test/ui/fixtures/sales.json"));

const csp = chromiumUnderCsp();

async function openSales(page: Page, query = ""): Promise<void> {
  await page.goto(`${csp.server.url}/${query}`);
  await openText(page, "sales.json", SALES);
  await page.getByRole("tree", { name: "Hierarchy outline" }).waitFor();
}

const stacked = (screen: Screen) => screen.width <= 1000;

/** The pane's size along the axis its rail resizes: width beside the tree, height stacked. */
async function sizeOf(pane: Locator, screen: Screen): Promise<number> {
  const box = (await pane.boundingBox())!;
  return Math.round(stacked(screen) ? box.height : box.width);
}

const outlineNames = (page: Page) =>
  page
    .getByRole("tree", { name: "Hierarchy outline" })
    .getByRole("treeitem")
    .evaluateAll((rows) => rows.map((row) => (row.textContent ?? "").trim()));

const laidOut = (page: Page) =>
  page.locator(".tree-stage").evaluate((stage: HTMLElement) => Number(stage.dataset.laidOut));

describe.each(SCREENS)("seen at $width x $height, $colorScheme", (screen) => {
  it("resizes and hides the panes by drag and keyboard, keeps their sizes, and gives an empty inspector's room to the tree", async () => {
    const page = await newPageOn(csp.browser, screen);
    await openSales(page);
    const side = page.locator("#pane-side");
    const inspector = page.locator("#pane-inspector");
    const tree = page.getByRole("region", { name: /^Tree drawing/ });

    // Nothing selected: no inspector, the tree has its room, and the tree is seen on a phone too.
    expect(await inspector.isHidden()).toBe(true);
    await expectOnTop(page.getByRole("button", { name: "Show inspector" }), "Show inspector", {
      scrollPage: true,
    });
    const treeBefore = (await tree.boundingBox())!;
    expect(treeBefore.height).toBeGreaterThan(stacked(screen) ? 300 : 400);
    await saveShot(page, "panes-empty-inspector", screen);

    await clickOnTop(page.getByRole("treeitem", { name: /^Team A/ }), "Team A's row");
    await inspector.waitFor();
    if (!stacked(screen)) {
      expect((await tree.boundingBox())!.width).toBeLessThan(treeBefore.width - 200);
    }

    for (const name of ["Resize side panel", "Resize inspector"]) {
      await expectOnTop(page.getByRole("separator", { name }), name, { scrollPage: true });
    }
    for (const name of ["Hide side panel", "Hide inspector"]) {
      await expectOnTop(page.getByRole("button", { name }), name, { scrollPage: true });
    }
    await saveShot(page, "panes-default", screen);

    // Drag the side panel's splitter.
    const splitter = page.getByRole("separator", { name: "Resize side panel" });
    await splitter.scrollIntoViewIfNeeded();
    const before = await sizeOf(side, screen);
    const box = (await splitter.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    if (stacked(screen)) await page.mouse.move(x, y + 60, { steps: 4 });
    else await page.mouse.move(x + 80, y, { steps: 4 });
    await page.mouse.up();
    const dragged = await sizeOf(side, screen);
    expect(dragged).toBe(before + (stacked(screen) ? 60 : 80));
    expect(Number(await splitter.getAttribute("aria-valuenow"))).toBe(dragged);

    // Then the inspector's, by keyboard: it lies after its splitter, so Left (Up) grows it.
    const inspectorSplitter = page.getByRole("separator", { name: "Resize inspector" });
    const inspectorBefore = await sizeOf(inspector, screen);
    await inspectorSplitter.focus();
    const grow = stacked(screen) ? "ArrowUp" : "ArrowLeft";
    await page.keyboard.press(grow);
    await page.keyboard.press(grow);
    const keyed = await sizeOf(inspector, screen);
    expect(keyed).toBe(inspectorBefore + 32);
    const focusRing = await inspectorSplitter.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(focusRing).toBe("solid");
    await saveShot(page, "panes-resized", screen);

    // Enter hides the inspector; its button brings it back.
    await page.keyboard.press("Enter");
    expect(await inspector.isHidden()).toBe(true);
    await expectOnTop(page.getByRole("button", { name: "Show inspector" }), "Show inspector", {
      scrollPage: true,
    });
    await clickOnTop(page.getByRole("button", { name: "Hide side panel" }), "Hide side panel");
    expect(await side.isHidden()).toBe(true);
    await expectOnTop(page.getByRole("button", { name: "Show side panel" }), "Show side panel", {
      scrollPage: true,
    });
    await saveShot(page, "panes-hidden", screen);
    await clickOnTop(page.getByRole("button", { name: "Show side panel" }), "Show side panel");
    await clickOnTop(page.getByRole("button", { name: "Show inspector" }), "Show inspector");

    // Kept after a reload.
    await openSales(page);
    await clickOnTop(page.getByRole("treeitem", { name: /^Team A/ }), "Team A's row");
    await inspector.waitFor();
    expect(await sizeOf(side, screen)).toBe(dragged);
    expect(await sizeOf(inspector, screen)).toBe(keyed);
    await page.close();
  });

  it("filters outline and tree to findings with their paths, focuses on a subtree and comes back", async () => {
    const page = await newPageOn(csp.browser, screen);
    await openSales(page);
    const everything = await laidOut(page);
    for (const name of ["All objects", "With findings"]) {
      await expectOnTop(page.getByRole("radio", { name }), name, { scrollPage: true });
    }
    // Our server feeds live statistics, so alarms can be watched and the choice is open.
    const inAlarm = page.getByRole("radio", { name: "In alarm" });
    expect(await inAlarm.isDisabled()).toBe(false);
    await expectOnTop(inAlarm, "In alarm", { scrollPage: true });

    const withFindings = page.getByRole("radio", { name: "With findings" });
    await expectOnTop(withFindings, "With findings", { scrollPage: true });
    await withFindings.check();
    await expect.poll(() => outlineNames(page)).toHaveLength(3);
    const names = await outlineNames(page);
    expect(names[0]).toMatch(/^Environment/);
    expect(names[1]).toMatch(/^Sales/);
    expect(names[2]).toMatch(/^Team A/);
    await expect.poll(() => laidOut(page)).toBe(3);
    expect(new URL(page.url()).searchParams.get("filter")).toBe("findings");
    await expectOnTop(
      page.getByRole("status").filter({ hasText: "1 object with findings" }),
      "the count",
      {
        scrollPage: true,
      },
    );
    await saveShot(page, "filter-findings", screen);

    // The link reproduces it.
    await openSales(page, new URL(page.url()).search);
    await expect.poll(() => outlineNames(page)).toHaveLength(3);
    const all = page.getByRole("radio", { name: "All objects" });
    await expectOnTop(all, "All objects", { scrollPage: true });
    await all.check();
    await expect.poll(() => laidOut(page)).toBeGreaterThanOrEqual(everything);

    // Focus on the Retention campaign, then back.
    await clickOnTop(
      page.getByRole("treeitem", { name: /^Retention\s?, Campaign/ }),
      "Retention's row",
    );
    await clickOnTop(page.getByRole("button", { name: "Focus on selected" }), "Focus on selected");
    const trail = page.getByRole("navigation", { name: "Focus" });
    await trail.waitFor();
    expect(new URL(page.url()).searchParams.get("focus")).toBe(
      "tenant:Environment/campaign:Retention",
    );
    await expect
      .poll(async () => (await outlineNames(page)).some((n) => /^Sales/.test(n)))
      .toBe(false);
    expect((await outlineNames(page)).some((n) => /^Retention@Closers/.test(n))).toBe(true);
    const back = trail.getByRole("button", { name: "Show whole hierarchy" });
    await expectOnTop(back, "Show whole hierarchy", { scrollPage: true });
    await saveShot(page, "focus", screen);
    await page.goBack();
    await expect.poll(() => trail.count()).toBe(0);
    await expect
      .poll(async () => (await outlineNames(page)).some((n) => /^Sales/.test(n)))
      .toBe(true);
    await page.goForward();
    await trail.waitFor();
    await clickOnTop(back, "Show whole hierarchy");
    await expect.poll(() => trail.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("focus")).toBeNull();
    await page.close();
  });

  it("falls back to the whole hierarchy with a message when a link focuses on a node that is gone", async () => {
    const page = await newPageOn(csp.browser, screen);
    const gone = encodeURIComponent("tenant:Environment/campaign:Gone");
    await page.goto(`${csp.server.url}/?config=/samples/small-clean.json&focus=${gone}`);
    await page.getByRole("tree", { name: "Hierarchy outline" }).waitFor();
    const message = page.getByRole("status").filter({ hasText: "is not in this hierarchy" });
    await expectOnTop(message, "the missing focus message", { scrollPage: true });
    expect((await outlineNames(page)).length).toBeGreaterThan(1);
    await expectOnTop(page.getByRole("button", { name: "Clear focus" }), "Clear focus", {
      scrollPage: true,
    });
    await saveShot(page, "focus-missing", screen);
    await page.close();
  });
});

describe("accessibility of panes and filters", () => {
  it("has no serious or critical violations filtered, focused, resized and with panes hidden", async () => {
    const page = await csp.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openSales(page, "?filter=findings");
    await clickOnTop(page.getByRole("treeitem", { name: /^Sales\s?, Campaign/ }), "Sales's row");
    await clickOnTop(page.getByRole("button", { name: "Focus on selected" }), "Focus on selected");
    await page.getByRole("navigation", { name: "Focus" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await clickOnTop(page.getByRole("button", { name: "Hide side panel" }), "Hide side panel");
    await clickOnTop(page.getByRole("button", { name: "Hide inspector" }), "Hide inspector");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
