import type { Page } from "playwright-core";
import { clickOnTop } from "./clickOnTop";
import { expectOnTop } from "./expectOnTop";

/** The downloads the header's Export menu offers. */
export const EXPORT_ITEMS = [
  "Findings (JSON)",
  "Findings (CSV)",
  "Findings (SARIF)",
  "Rename plan (CSV)",
] as const;

/** Opens the Export menu as a person would, and checks each of its items is in view and on top. */
export async function openExportMenu(page: Page): Promise<void> {
  await clickOnTop(page.getByRole("button", { name: "Export ▾" }), "Export");
  for (const name of EXPORT_ITEMS) await expectOnTop(page.getByRole("button", { name }), name);
}
