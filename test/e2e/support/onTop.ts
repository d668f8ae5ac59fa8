import type { Locator } from "playwright-core";

/**
 * Whether an element, scrolled into view as a person would, lies wholly in the viewport and is
 * what a click at its centre hits (not a panel, banner or backdrop over it).
 */
export async function onTop(locator: Locator): Promise<{ inViewport: boolean; hit: boolean }> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inViewport =
      box.width > 0 &&
      box.height > 0 &&
      box.left >= 0 &&
      box.top >= 0 &&
      box.right <= window.innerWidth &&
      box.bottom <= window.innerHeight;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { inViewport, hit: hit !== null && element.contains(hit) };
  });
}
