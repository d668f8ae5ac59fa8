import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { screenOptions, type Screen } from "./viewports";

/** A fresh page the size of `screen`, in its colour scheme; `options` add to that (downloads). */
export function newPageOn(
  browser: Browser,
  screen: Screen,
  options: BrowserContextOptions = {},
): Promise<Page> {
  return browser.newPage({ ...options, ...screenOptions(screen) });
}

/**
 * Runs `use` with a fresh page on `screen` and closes the page afterwards, whether `use`
 * passed or failed, so that a failure on one screen leaves no page open for the next.
 */
export async function withPageOn<T>(
  browser: Browser,
  screen: Screen,
  use: (page: Page) => Promise<T>,
  options: BrowserContextOptions = {},
): Promise<T> {
  const page = await newPageOn(browser, screen, options);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}
