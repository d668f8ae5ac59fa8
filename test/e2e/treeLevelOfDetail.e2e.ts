import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { expectOnTop } from "./support/expectOnTop";
import { seriousAxeViolations } from "./support/runAxe";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { openText } from "./support/openText";
import { newPageOn } from "./support/newPageOn";
import { SCREENS } from "./support/viewports";

const LARGE = Buffer.from(generateConfig({ objects: 20_000, seed: 7, defects: 0.05 }).text);

const csp = chromiumUnderCsp();

async function openLarge(page: Page): Promise<void> {
  await openText(page, "large.json", LARGE);
  await expect
    .poll(async () => Number(await page.locator(".tree-stage").getAttribute("data-laid-out")), {
      timeout: 30_000,
    })
    .toBeGreaterThan(100);
}

async function openAllLevelsAndFit(page: Page): Promise<void> {
  const levels = page.getByRole("combobox", { name: /^Open levels/ });
  const all = (await levels.locator("option").last().textContent())!;
  await expectOnTop(levels, "Open levels", { scrollPage: true });
  await levels.selectOption({ label: all });
  await expect
    .poll(async () => Number(await page.locator(".tree-stage").getAttribute("data-laid-out")))
    .toBeGreaterThan(20_000);
  await clickOnTop(page.getByRole("button", { name: "Fit" }), "Fit");
}

const blockItems = (page: Page) =>
  page.getByRole("list", { name: "Subtrees drawn as blocks" }).getByRole("listitem");

const position = async (slider: Locator) => Number(await slider.getAttribute("aria-valuenow"));

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("no box");
  return found;
}

const apart = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

/** Scrolls the page (at phone width the tree is below the outline) to show the whole stage. */
async function showStage(page: Page): Promise<void> {
  await page
    .locator(".tree-stage")
    .evaluate((stage) => stage.scrollIntoView({ block: "end", behavior: "instant" }));
}

describe.each(SCREENS)("the zoomed-out tree at $width x $height, $colorScheme", (screen) => {
  it("fits a tree opened to its leaves as labelled blocks, with an overview that moves the view", async () => {
    const page = await newPageOn(csp.browser, screen);
    await page.goto(csp.server.url);
    await openLarge(page);
    await showStage(page);
    await saveShot(page, "lod-opened", screen);

    await openAllLevelsAndFit(page);
    await expect.poll(() => blockItems(page).count()).toBeGreaterThan(2);
    const labels = await blockItems(page).allTextContents();
    for (const label of labels) {
      expect(label).toMatch(/^([A-Z][a-z ]+ .+|[\d,]+ [a-z ]+s) · [\d,]+ objects?(, with \w+)?$/);
    }
    // Fitted, the whole tree is in view: the blocks stand for every laid-out node.
    const stage = page.locator(".tree-stage");
    expect(Number(await stage.getAttribute("data-blocks"))).toBeGreaterThan(0);
    await showStage(page);
    await saveShot(page, "lod-fit-all-levels", screen);

    const overview = page.getByRole("slider", { name: /^Overview of the whole tree/ });
    await expectOnTop(overview, "the overview", { scrollPage: true });
    await expectOnTop(page.getByRole("button", { name: "Hide overview" }), "Hide overview", {
      scrollPage: true,
    });
    const toolbar = page.getByRole("toolbar", { name: "Tree view controls" });
    for (const name of ["Fit", "Zoom in", "Zoom out", "Reveal selected"]) {
      await expectOnTop(toolbar.getByRole("button", { name }), `the tree's ${name}`, {
        scrollPage: true,
      });
      expect(apart(await box(toolbar.getByRole("button", { name })), await box(overview))).toBe(
        true,
      );
    }
    const legend = page.getByRole("region", { name: "Statistics legend" });
    if ((await legend.count()) > 0) {
      expect(apart(await box(legend), await box(overview))).toBe(true);
    }

    // Zoomed in, the view is a part of the tree: a click low in the overview takes it there.
    for (let i = 0; i < 6; i++) {
      await clickOnTop(toolbar.getByRole("button", { name: "Zoom in" }), "Zoom in");
    }
    await page.keyboard.press("Escape");
    await showStage(page);
    const before = await position(overview);
    const map = await box(overview);
    await page.mouse.click(map.x + map.width / 2, map.y + map.height * 0.9);
    await expect.poll(() => position(overview)).toBeGreaterThan(before + 40);
    await expect.poll(() => blockItems(page).count()).toBeGreaterThan(0);
    await saveShot(page, "lod-zoomed-in-after-overview-click", screen);

    // The keyboard does the same: Home to the top, Page Down a screen further.
    await overview.focus();
    await page.keyboard.press("Home");
    await expect.poll(() => position(overview)).toBe(0);
    await page.keyboard.press("PageDown");
    await expect.poll(() => position(overview)).toBeGreaterThan(0);

    // A click on a block zooms to it: fitted again, the blocks in view change.
    await clickOnTop(toolbar.getByRole("button", { name: "Fit" }), "Fit");
    await showStage(page);
    await expect.poll(() => blockItems(page).count()).toBeGreaterThan(2);
    const fitted = (await blockItems(page).allTextContents()).join("\n");
    const drawing = await box(stage);
    await page.mouse.click(drawing.x + drawing.width * 0.45, drawing.y + drawing.height * 0.3);
    await expect
      .poll(async () => (await blockItems(page).allTextContents()).join("\n"))
      .not.toBe(fitted);
    await saveShot(page, "lod-block-clicked", screen);

    await clickOnTop(page.getByRole("button", { name: "Hide overview" }), "Hide overview");
    await expect.poll(() => overview.count()).toBe(0);
    const show = page.getByRole("button", { name: "Show overview" });
    await expectOnTop(show, "Show overview", { scrollPage: true });
    expect(await page.evaluate(() => localStorage.getItem("campaign-lens:tree-overview"))).toBe(
      JSON.stringify({ hidden: true }),
    );
    await saveShot(page, "lod-overview-hidden", screen);
    await clickOnTop(show, "Show overview");
    await expectOnTop(overview, "the overview, shown again", { scrollPage: true });
    await page.close();
  });
});

describe("accessibility of the zoomed-out tree", () => {
  it("has no serious or critical violations with blocks and the overview on screen", async () => {
    const page = await csp.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(csp.server.url);
    await openLarge(page);
    await openAllLevelsAndFit(page);
    await expect.poll(() => blockItems(page).count()).toBeGreaterThan(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
