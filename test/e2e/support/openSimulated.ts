import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import type { Threshold } from "../../../src/model/stats/Threshold";
import { newPageOn } from "./newPageOn";
import type { Screen } from "./viewports";

/**
 * A page at `url` (simulated statistics) on `screen`, with `thresholds` stored before the app
 * reads them, once the simulation runs.
 * `keepStored`: thresholds a test saved earlier in the same page are left as they are.
 */
export async function openSimulated(
  browser: Browser,
  url: string,
  screen: Screen,
  thresholds: readonly Threshold[],
  options: { keepStored?: boolean } = {},
): Promise<Page> {
  const page = await newPageOn(browser, screen);
  // Through the browser's own channel, not a page script: the policy does not apply to it.
  await page.addInitScript(
    ({ stored, keep }) => {
      if (!keep || localStorage.getItem("campaign-lens:thresholds") === null)
        localStorage.setItem("campaign-lens:thresholds", stored);
    },
    { stored: JSON.stringify(thresholds), keep: options.keepStored ?? false },
  );
  await page.goto(url);
  await expect
    .poll(() => page.getByTestId("stats-connection").textContent(), { timeout: 15_000 })
    .toBe("Simulated: running");
  return page;
}

/** The header's alarm count, a button that shows the alarm list. */
export const headerCount = (page: Page) =>
  page.getByRole("button", { name: /unacknowledged alarms?: show the alarm list$/ });

/** The header's alarm count as a number, read from its accessible name. */
export async function unacknowledgedCount(page: Page): Promise<number> {
  const name = await headerCount(page).getAttribute("aria-label");
  const match = /^(\d+|No) unacknowledged/.exec(name ?? "");
  return match?.[1] === "No" ? 0 : Number(match?.[1]);
}
