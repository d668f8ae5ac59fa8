import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { expectOnTop } from "./support/expectOnTop";
import { openText } from "./support/openText";
import { showHeaderTools } from "./support/showHeaderTools";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { SCREENS, screenName } from "./support/viewports";

const SHOTS = process.env.SHOTS_DIR ?? null;
const SALES = readFileSync(resolve("test/ui/fixtures/sales.json"));

const csp = chromiumUnderCsp();

describe.each(SCREENS)("the report preview at $width x $height, $colorScheme", (screen) => {
  it("looks like the downloaded report: its styles apply under the page's policy", async () => {
    const page: Page = await csp.browser.newPage({
      viewport: { width: screen.width, height: screen.height },
      colorScheme: screen.colorScheme,
    });
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
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/report-${screenName(screen)}.png` });
    await page.close();
  });
});
