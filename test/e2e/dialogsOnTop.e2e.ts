import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { expectOnTop } from "./support/expectOnTop";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { openText } from "./support/openText";
import { SCREENS, screenName, type Screen } from "./support/viewports";

const SHOTS = process.env.SHOTS_DIR ?? null;
const SALES = readFileSync(resolve("test/ui/fixtures/sales.json"));

const csp = chromiumUnderCsp();

async function openSales(screen: Screen): Promise<Page> {
  const page = await csp.browser.newPage({
    viewport: { width: screen.width, height: screen.height },
    colorScheme: screen.colorScheme,
  });
  await page.goto(csp.server.url);
  await openText(page, "sales.json", SALES);
  await page.getByRole("treeitem", { name: /^Team A/ }).waitFor();
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe.each(SCREENS)("seen at $width x $height, $colorScheme", (screen) => {
  it("opens a finding's Why? as a modal on top of everything, and Escape leaves nothing behind", async () => {
    const page = await openSales(screen);
    await clickOnTop(page.getByRole("tab", { name: /Findings/ }), "the Findings tab");
    const why = page.getByRole("button", { name: "Why is group-name-mismatch a problem?" });
    await expectOnTop(why, "the Why? button");
    await why.click();
    const dialog = page.getByRole("dialog", { name: "group-name-mismatch" });
    await dialog.waitFor();
    await expectOnTop(dialog.getByRole("heading"), "the explanation's title");
    await expectOnTop(dialog.getByRole("button", { name: "Close" }), "its Close button");
    expect(await dialog.evaluate((d) => d.matches(":modal"))).toBe(true);
    await shot(page, `why-dialog-${screenName(screen)}`);

    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog").count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Why?");
    await shot(page, `why-dialog-closed-${screenName(screen)}`);
    await page.close();
  });
});
