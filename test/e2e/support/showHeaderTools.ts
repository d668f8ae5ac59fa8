import type { Page } from "playwright-core";
import { clickOnTop } from "./clickOnTop";

/**
 * On a phone the header's tools (open, pivot, export, review) fold behind a Tools button:
 * opens that row, as a person would, when it is folded. Elsewhere the tools are always shown.
 */
export async function showHeaderTools(page: Page): Promise<void> {
  const toggle = page.getByRole("button", { name: "Tools", exact: true });
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") {
    await clickOnTop(toggle, "the Tools button");
  }
}
