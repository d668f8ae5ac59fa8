import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectOnTop } from "./support/expectOnTop";
import { saveShot } from "./support/saveShot";
import { seriousAxeViolations } from "./support/runAxe";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { openText } from "./support/openText";
import { newPageOn } from "./support/newPageOn";
import { SCREENS } from "./support/viewports";

const SALES = readFileSync(resolve("test/ui/fixtures/sales.json"));
const WORKBENCH_CHUNK = /\/assets\/Workbench-[^/]+\.js$/;

const csp = chromiumUnderCsp();

async function openSales(page: Page): Promise<void> {
  await openText(page, "sales.json", SALES);
}

describe.each(SCREENS)("seen at $width x $height, $colorScheme", (screen) => {
  it("fetches the viewer only when a file is opened, and says so while it comes", async () => {
    const page = await newPageOn(csp.browser, screen);
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(request.url()));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(WORKBENCH_CHUNK, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(csp.server.url);
    await page.getByLabel("Open files…").waitFor({ state: "attached" });
    expect(fetched.filter((url) => WORKBENCH_CHUNK.test(url))).toEqual([]);

    await openSales(page);
    const loading = page.getByRole("status").filter({ hasText: "Loading the viewer…" });
    await loading.waitFor();
    await expectOnTop(loading, "the viewer's loading message");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveShot(page, "viewer-loading", screen);

    release();
    await page.getByRole("treeitem", { name: /^Team A/ }).waitFor();
    expect(await loading.count()).toBe(0);
    await page.close();
  });

  it("says when the viewer cannot be fetched, and its Try again fetches it", async () => {
    const page = await newPageOn(csp.browser, screen);
    let refuse = true;
    await page.route(WORKBENCH_CHUNK, (route: Route) =>
      refuse ? route.abort("internetdisconnected") : route.continue(),
    );
    await page.goto(csp.server.url);
    await openSales(page);
    const alert = page.getByRole("alert").filter({ hasText: "Could not load the viewer" });
    await alert.waitFor();
    const retry = page.getByRole("button", { name: "Try again" });
    await expectOnTop(alert, "the failure message");
    await expectOnTop(retry, "the Try again button");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveShot(page, "viewer-failed", screen);

    refuse = false;
    await retry.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("treeitem", { name: /^Team A/ }).waitFor();
    await page.close();
  });
});
