import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { expectOnTop } from "./support/expectOnTop";
import { openText } from "./support/openText";
import { showHeaderTools } from "./support/showHeaderTools";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { newPageOn } from "./support/newPageOn";
import { SCREENS } from "./support/viewports";

const SALES = readFileSync(resolve("test/ui/fixtures/sales.json"));

const csp = chromiumUnderCsp();

describe.each(SCREENS)("the report preview at $width x $height, $colorScheme", (screen) => {
  it("looks like the downloaded report: its styles apply under the page's policy", async () => {
    const page: Page = await newPageOn(csp.browser, screen);
    await page.goto(csp.server.url);
    await openText(page, "sales.json", SALES);
    await page.getByRole("treeitem", { name: /^Team A/ }).waitFor();
    await showHeaderTools(page);
    await clickOnTop(page.getByRole("button", { name: "Report" }), "Report");
    const frame = page.frameLocator("iframe[title='Report preview']");
    await expect.poll(() => frame.locator("h1").textContent()).toBe("Campaign Lens review report");
    // The report's own rules: 20pt headline, grey table heads, a bordered summary table.
    await expect
      .poll(() => frame.locator("h1").evaluate((h) => getComputedStyle(h).fontSize))
      .toBe("26.6667px");
    expect(
      await frame
        .locator("th")
        .first()
        .evaluate((th) => getComputedStyle(th).backgroundColor),
    ).toBe("rgb(238, 238, 238)");
    expect(await frame.locator("body").evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
      "rgb(255, 255, 255)",
    );
    const dialog = page.getByRole("dialog", { name: "Report" });
    for (const name of ["Print…", "Download HTML", "Close"]) {
      await expectOnTop(dialog.getByRole("button", { name }), `the report's ${name} button`);
    }
    await saveShot(page, "report", screen);
    await page.close();
  });
});
