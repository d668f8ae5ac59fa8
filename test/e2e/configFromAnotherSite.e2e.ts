import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { takeCspRefusals } from "./support/cspRefusals";
import { expectOnTop } from "./support/expectOnTop";
import { launchChromium } from "./support/launchChromium";
import { openText } from "./support/openText";
import { serveUnderCsp, type CspServer } from "./support/serveUnderCsp";
import { showHeaderTools } from "./support/showHeaderTools";
import { SCREENS, screenName } from "./support/viewports";

// Another origin: the server's connect-src 'self' refuses it before any request is made.
const ELSEWHERE = "http://127.0.0.2:9/exports/before.json";

const SHOTS = process.env.SHOTS_DIR ?? null;

/**
 * The refusal the test asks for is taken (Chromium reports it twice), so that only another
 * refusal fails the file.
 */
function expectOnlyRefusedElsewhere(): void {
  const refusals = takeCspRefusals();
  expect(refusals).toContainEqual(expect.stringMatching(/before\.json.*connect-src 'self'/));
  for (const refusal of refusals) expect(refusal).toContain(ELSEWHERE);
}

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

describe("a configuration address on another site, under the server's policy", () => {
  it("?config= says the page's security policy allows its own site only, not that the network failed", async () => {
    await page.goto(`${server.url}/?config=${encodeURIComponent(ELSEWHERE)}`);
    const alert = page.getByRole("alert").filter({ hasText: "Could not open" });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain(`Could not fetch ${ELSEWHERE}`);
    expect(text).toContain("security policy (connect-src)");
    expect(text).toContain(`its own site only (${server.url})`);
    expect(text).not.toContain("network request failed");
    expectOnlyRefusedElsewhere();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/config-elsewhere.png` });
  });

  it("Compare's address field suggests this site, and an address elsewhere is explained the same way", async () => {
    await page.goto(server.url);
    await openText(page, "sales.json", readFileSync(resolve("test/ui/fixtures/sales.json")));
    await page.getByRole("treeitem", { name: /^Team A/ }).waitFor();
    await clickOnTop(page.getByRole("button", { name: "Compare" }), "Compare");
    const address = page.getByRole("textbox", { name: "Before: from a URL" });
    expect(await address.getAttribute("placeholder")).not.toMatch(/^https?:/);
    expect(await address.evaluate((input) => input.getAttribute("aria-describedby"))).toBeTruthy();
    const hint = page.getByText(/^An address on this site/);
    expect(await hint.textContent()).toContain(new URL(server.url).host);
    await expectOnTop(address, "Before: from a URL", { scrollPage: true });
    await address.fill(ELSEWHERE);
    await clickOnTop(page.getByRole("button", { name: "Load before" }), "Load before");
    const alert = page.getByRole("alert").filter({ hasText: "before configuration" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("security policy (connect-src)");
    expectOnlyRefusedElsewhere();
    await expectOnTop(alert, "the compare error");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-elsewhere.png` });
  });
});

describe.each(SCREENS)("an address on another site at $width x $height, $colorScheme", (screen) => {
  it("shows both explanations, and the controls that lead to them, in view and on top", async () => {
    const seen = await browser.newPage({
      viewport: { width: screen.width, height: screen.height },
      colorScheme: screen.colorScheme,
    });
    try {
      await seen.goto(`${server.url}/?config=${encodeURIComponent(ELSEWHERE)}`);
      const opening = seen.getByRole("alert").filter({ hasText: "Could not open" });
      await opening.waitFor();
      expect(await opening.textContent()).toContain("security policy (connect-src)");
      expectOnlyRefusedElsewhere();
      await expectOnTop(opening, "the opening error", { scrollPage: true });
      for (const name of ["Retry", "Dismiss"]) {
        const action = opening.getByRole("button", { name });
        await expectOnTop(action, name, { scrollPage: true });
        // Wholly on the message's box, not hanging over its edge.
        const [inner, outer] = await Promise.all([action.boundingBox(), opening.boundingBox()]);
        expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.x + outer!.width);
      }
      if (SHOTS)
        await seen.screenshot({ path: `${SHOTS}/config-elsewhere-${screenName(screen)}.png` });

      await seen.goto(server.url);
      await openText(seen, "sales.json", readFileSync(resolve("test/ui/fixtures/sales.json")));
      await seen.getByRole("treeitem", { name: /^Team A/ }).waitFor();
      // Compare is in the header's Tools row, folded on a phone.
      await showHeaderTools(seen);
      await clickOnTop(seen.getByRole("button", { name: "Compare" }), "Compare");
      const address = seen.getByRole("textbox", { name: "Before: from a URL" });
      await expectOnTop(address, "Before: from a URL", { scrollPage: true });
      await expectOnTop(seen.getByText(/^An address on this site/), "the address hint", {
        scrollPage: true,
      });
      await address.fill(ELSEWHERE);
      await clickOnTop(seen.getByRole("button", { name: "Load before" }), "Load before");
      const comparing = seen.getByRole("alert").filter({ hasText: "before configuration" });
      await comparing.waitFor();
      expect(await comparing.textContent()).toContain("security policy (connect-src)");
      expectOnlyRefusedElsewhere();
      await expectOnTop(comparing, "the compare error", { scrollPage: true });
      if (SHOTS)
        await seen.screenshot({ path: `${SHOTS}/compare-elsewhere-${screenName(screen)}.png` });
    } finally {
      await seen.close();
    }
  });
});
