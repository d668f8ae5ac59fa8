import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { takeCspRefusals } from "./support/cspRefusals";
import { expectOnTop } from "./support/expectOnTop";
import { launchChromium } from "./support/launchChromium";
import { openText } from "./support/openText";
import { serveUnderCsp, type CspServer } from "./support/serveUnderCsp";
import { showHeaderTools } from "./support/showHeaderTools";
import { withPageOn } from "./support/newPageOn";
import { SCREENS } from "./support/viewports";

// Another origin: the server's connect-src 'self' refuses it before any request is made.
const ELSEWHERE = "http://127.0.0.2:9/exports/before.json";

/**
 * The refusal the test asks for is taken (Chromium reports it twice), so that only another
 * refusal fails the file.
 */
function expectOnlyRefusedElsewhere(): void {
  const refusals = takeCspRefusals();
  expect(refusals).toContainEqual(expect.stringMatching(/before\.json.*connect-src 'self'/));
  for (const refusal of refusals) expect(refusal).toContain(ELSEWHERE);
}

const SALES = readFileSync(resolve("test/ui/fixtures/sales.json"));

let server: CspServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveUnderCsp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `?config=` at the address elsewhere; gives the error once it names the policy. */
async function openConfigElsewhere(page: Page): Promise<Locator> {
  await page.goto(`${server.url}/?config=${encodeURIComponent(ELSEWHERE)}`);
  const alert = page.getByRole("alert").filter({ hasText: "Could not open" });
  await alert.waitFor();
  expect(await alert.textContent()).toContain("security policy (connect-src)");
  expectOnlyRefusedElsewhere();
  return alert;
}

/**
 * Opens the sales sample and then Compare, from the header's Tools row (folded on a phone);
 * gives Compare's address field for the configuration before.
 */
async function openCompare(page: Page): Promise<Locator> {
  await page.goto(server.url);
  await openText(page, "sales.json", SALES);
  await page.getByRole("treeitem", { name: /^Team A/ }).waitFor();
  await showHeaderTools(page);
  await clickOnTop(page.getByRole("button", { name: "Compare" }), "Compare");
  return page.getByRole("textbox", { name: "Before: from a URL" });
}

/** Loads the address elsewhere as the configuration before; gives the error once it names the policy. */
async function loadBeforeFromElsewhere(page: Page, address: Locator): Promise<Locator> {
  await address.fill(ELSEWHERE);
  await clickOnTop(page.getByRole("button", { name: "Load before" }), "Load before");
  const alert = page.getByRole("alert").filter({ hasText: "before configuration" });
  await alert.waitFor();
  expect(await alert.textContent()).toContain("security policy (connect-src)");
  expectOnlyRefusedElsewhere();
  return alert;
}

describe("a configuration address on another site, under the server's policy", () => {
  it("?config= says the page's security policy allows its own site only, not that the network failed", async () => {
    const text = await (await openConfigElsewhere(page)).textContent();
    expect(text).toContain(`Could not fetch ${ELSEWHERE}`);
    expect(text).toContain(`its own site only (${server.url})`);
    expect(text).not.toContain("network request failed");
    await saveShot(page, "config-elsewhere");
  });

  it("Compare's address field suggests this site, and an address elsewhere is explained the same way", async () => {
    const address = await openCompare(page);
    expect(await address.getAttribute("placeholder")).not.toMatch(/^https?:/);
    expect(await address.evaluate((input) => input.getAttribute("aria-describedby"))).toBeTruthy();
    const hint = page.getByText(/^An address on this site/);
    expect(await hint.textContent()).toContain(new URL(server.url).host);
    await expectOnTop(address, "Before: from a URL", { scrollPage: true });
    const alert = await loadBeforeFromElsewhere(page, address);
    await expectOnTop(alert, "the compare error");
    await saveShot(page, "compare-elsewhere");
  });
});

describe.each(SCREENS)("an address on another site at $width x $height, $colorScheme", (screen) => {
  it("shows both explanations, and the controls that lead to them, in view and on top", async () => {
    await withPageOn(browser, screen, async (seen) => {
      const opening = await openConfigElsewhere(seen);
      await expectOnTop(opening, "the opening error", { scrollPage: true });
      for (const name of ["Retry", "Dismiss"]) {
        const action = opening.getByRole("button", { name });
        await expectOnTop(action, name, { scrollPage: true });
        // Wholly on the message's box, not hanging over its edge.
        const [inner, outer] = await Promise.all([action.boundingBox(), opening.boundingBox()]);
        expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.x + outer!.width);
      }
      await saveShot(seen, "config-elsewhere", screen);

      const address = await openCompare(seen);
      await expectOnTop(address, "Before: from a URL", { scrollPage: true });
      await expectOnTop(seen.getByText(/^An address on this site/), "the address hint", {
        scrollPage: true,
      });
      const comparing = await loadBeforeFromElsewhere(seen, address);
      await expectOnTop(comparing, "the compare error", { scrollPage: true });
      await saveShot(seen, "compare-elsewhere", screen);
    });
  });
});
