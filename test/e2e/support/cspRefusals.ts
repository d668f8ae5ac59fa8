import type { Page } from "playwright-core";

/**
 * Collects what the server's Content Security Policy refuses in `page` from now on, as Chromium
 * reports it in the console, into `refusals` (a new array unless a file gathers several pages'
 * in one). Call it before the first navigation, so that nothing the app needs at load is missed;
 * the array fills as the page runs, and a test asserts it is empty.
 */
export function cspRefusals(page: Page, refusals: string[] = []): string[] {
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}
