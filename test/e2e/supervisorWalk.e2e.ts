import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { expectOnTop } from "./support/expectOnTop";
import { openSimulated } from "./support/openSimulated";
import { CAMPAIGNS_IN_ALARM } from "./support/campaignsInAlarm";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { SCREENS, type Screen } from "./support/viewports";

const SAMPLE = "small-clean.json";
const SAMPLE_BYTES = new Uint8Array(readFileSync(resolve("public/samples", SAMPLE)));

const THRESHOLDS = CAMPAIGNS_IN_ALARM;

const csp = chromiumUnderCsp({ configFiles: [{ name: SAMPLE, content: SAMPLE_BYTES }] });

const address = (query = "") =>
  `${csp.server.url}/?stats=simulated&config=${encodeURIComponent(`/api/config/0/${SAMPLE}`)}${query}`;

async function openPage(screen: Screen, query = ""): Promise<Page> {
  const page = await openSimulated(csp.browser, address(query), screen, THRESHOLDS, {
    keepStored: true,
  });
  await expect
    .poll(() => page.locator(".alarm-count").getAttribute("data-level"), { timeout: 15_000 })
    .toBe("alarm");
  return page;
}

const phone = (screen: Screen) => screen.width <= 600;

const height = async (page: Page, selector: string) =>
  Math.round((await page.locator(selector).boundingBox())!.height);

describe.each(SCREENS)("seen at $width x $height, $colorScheme", (screen) => {
  it("walks the supervisor's screen: header, filter bar, panes, alarm list, thresholds, figure sources", async () => {
    const page = await openPage(screen);
    await saveShot(page, "walk-open", screen);

    // The header: on a phone it keeps to the name, the search and the status with the alarm
    // count, the tools folded behind a button; nowhere does it take a third of the screen.
    const header = await height(page, ".app-header");
    expect(header).toBeLessThanOrEqual(phone(screen) ? 150 : 110);
    await expectOnTop(page.getByRole("combobox", { name: /Search/ }), "the search");
    await expectOnTop(page.getByTestId("stats-connection"), "the live statement");
    await expectOnTop(page.locator(".alarm-count"), "the alarm count");
    const toggle = page.getByRole("button", { name: "Tools", exact: true });
    if (phone(screen)) {
      expect(await page.getByRole("button", { name: "Compare" }).isVisible()).toBe(false);
      await clickOnTop(toggle, "the Tools button");
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      await saveShot(page, "walk-header-tools", screen);
    } else expect(await toggle.isVisible()).toBe(false);
    for (const name of ["Paste…", "Export ▾", "Compare", "Report", "Present"]) {
      await expectOnTop(page.getByRole("button", { name, exact: true }), name, {
        scrollPage: true,
      });
    }
    await expectOnTop(page.locator("label", { hasText: "Open files…" }), "Open files…", {
      scrollPage: true,
    });
    // The export menu opens on screen, every format on top; Escape closes it.
    await clickOnTop(page.getByRole("button", { name: "Export ▾", exact: true }), "Export");
    const formats = page.locator(".export-list .export-item");
    expect(await formats.count()).toBeGreaterThan(0);
    for (const format of await formats.all()) {
      await expectOnTop(format, `the export format "${await format.textContent()}"`);
    }
    await saveShot(page, "walk-export-menu", screen);
    await page.keyboard.press("Escape");
    await page.locator(".export-list").waitFor({ state: "hidden" });
    if (phone(screen)) {
      await clickOnTop(toggle, "the Tools button");
      await page.getByRole("button", { name: "Compare" }).waitFor({ state: "hidden" });
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await height(page, ".app-header")).toBe(header);
    }

    // The filter bar: one row of choices, and on a phone no more than two rows in all.
    const bar = await height(page, ".filter-bar");
    expect(bar).toBeLessThanOrEqual(phone(screen) ? 90 : 50);

    const inAlarm = page.getByRole("radio", { name: "In alarm" });
    await expectOnTop(inAlarm, "In alarm", { scrollPage: true });
    await inAlarm.check();
    await page
      .getByRole("status")
      .filter({ hasText: /in alarm, shown with/ })
      .waitFor();
    await saveShot(page, "walk-filter", screen);

    await clickOnTop(page.locator(".alarm-count"), "the alarm count");
    await page.getByRole("list", { name: "Alarms, newest first" }).waitFor();
    await saveShot(page, "walk-alarms", screen);

    const all = page.getByRole("radio", { name: "All objects" });
    await expectOnTop(all, "All objects", { scrollPage: true });
    await all.check();
    await clickOnTop(
      page.getByRole("list", { name: "Alarms, newest first" }).locator(".alarm-open").first(),
      "an alarm row",
    );
    await page.locator("#pane-inspector").waitFor();
    await expectOnTop(page.getByTestId("figure-source").first(), "a figure's source", {
      scrollPage: true,
    });
    await saveShot(page, "walk-inspector", screen);

    const edit = page.getByRole("button", { name: "Edit thresholds" });
    await clickOnTop(edit, "Edit thresholds");
    await page.locator(".threshold-preview").first().waitFor();
    await page.locator(".threshold-editor").scrollIntoViewIfNeeded();
    await saveShot(page, "walk-thresholds", screen);
    // Each rule's remove button stays on the line of its level, never alone on a line.
    const lone = await page.locator(".threshold-rule").evaluateAll((rules) =>
      rules.flatMap((rule, i) => {
        const middle = (element: Element | null) => {
          const box = element!.getBoundingClientRect();
          return (box.top + box.bottom) / 2;
        };
        const level = middle(rule.querySelector('select[aria-label^="Level of threshold"]'));
        const remove = middle(rule.querySelector(".threshold-remove"));
        return Math.abs(level - remove) > 4 ? [i + 1] : [];
      }),
    );
    expect(lone, "rules whose × is on a line of its own").toEqual([]);
    await clickOnTop(
      page.getByRole("button", { name: "Close the threshold editor" }),
      "the threshold editor's close button",
    );

    await clickOnTop(page.getByRole("button", { name: "Hide side panel" }), "Hide side panel");
    await clickOnTop(page.getByRole("button", { name: "Hide inspector" }), "Hide inspector");
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveShot(page, "walk-panes-hidden", screen);
    expect(await height(page, ".app-header")).toBeGreaterThan(0);
    await page.close();
  });
});
