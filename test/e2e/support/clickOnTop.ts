import type { Locator } from "playwright-core";
import { expectOnTop } from "./expectOnTop";

/**
 * Clicks a control as a person would: scrolled into view, and only once its centre is in the
 * viewport and the control itself is what lies there (a click that Playwright forces through a
 * panel or backdrop would pass where a person's would not).
 */
export async function clickOnTop(control: Locator, what: string): Promise<void> {
  await expectOnTop(control, what, { scrollPage: true });
  await control.click();
}
