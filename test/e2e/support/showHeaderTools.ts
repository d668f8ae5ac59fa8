import type { Page } from "playwright-core";
import { clickOnTop } from "./clickOnTop";

const toolsToggle = (page: Page) => page.getByRole("button", { name: "Tools", exact: true });

/**
 * On a phone the header's tools (open, pivot, export, review) fold behind a Tools button:
 * opens that row, as a person would, when it is folded. Elsewhere the tools are always shown.
 * Says whether it opened the row, so that a caller can fold it again.
 */
export async function showHeaderTools(page: Page): Promise<boolean> {
  const toggle = toolsToggle(page);
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") {
    await clickOnTop(toggle, "the Tools button");
    return true;
  }
  return false;
}

/** Folds the header's Tools row again, as a person would once done with it. */
export async function hideHeaderTools(page: Page): Promise<void> {
  const toggle = toolsToggle(page);
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "true") {
    await clickOnTop(toggle, "the Tools button");
  }
}
