import type { Locator } from "playwright-core";

/** How far an element scrolls sideways, in CSS pixels (`page.locator("html")` for the page). */
export const sidewaysScroll = (element: Locator): Promise<number> =>
  element.evaluate((e) => Math.max(0, e.scrollWidth - e.clientWidth));
