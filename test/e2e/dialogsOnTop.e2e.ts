import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { expectOnTop } from "./support/expectOnTop";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { openText } from "./support/openText";
import { newPageOn } from "./support/newPageOn";
import { SCREENS, type Screen } from "./support/viewports";

const SALES = readFileSync(resolve("test/ui/fixtures/sales.json"));

const csp = chromiumUnderCsp();

async function openSales(screen: Screen): Promise<Page> {
  const page = await newPageOn(csp.browser, screen);
  await page.goto(csp.server.url);
  await openText(page, "sales.json", SALES);
  await page.getByRole("treeitem", { name: /^Team A/ }).waitFor();
  return page;
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
    await saveShot(page, "why-dialog", screen);

    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog").count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Why?");
    await saveShot(page, "why-dialog-closed", screen);
    await page.close();
  });
});
