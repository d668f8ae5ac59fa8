import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { bytesOf, downloadFrom } from "./support/downloadFrom";
import { expectOnTop } from "./support/expectOnTop";
import { launchChromium } from "./support/launchChromium";
import { openExportMenu } from "./support/openExportMenu";
import { openText } from "./support/openText";
import { serveUnderCsp, type CspServer } from "./support/serveUnderCsp";
import { showHeaderTools } from "./support/showHeaderTools";
import { withPageOn } from "./support/newPageOn";
import { SCREENS } from "./support/viewports";

const SHOTS = process.env.SHOTS_DIR ?? null;
const LONG_GROUP = "Team A of the outbound collections night shift, Barcelona";

/** The sales fixture with a calling list named with a control character and a long group name. */
function oddNames(): Buffer {
  const text = readFileSync(resolve("test/ui/fixtures/sales.json"), "utf8")
    .replaceAll('"Leads"', JSON.stringify("eve\u0001"))
    .replaceAll('"Team A"', JSON.stringify(LONG_GROUP));
  return Buffer.from(text);
}

let server: CspServer;
let browser: Browser;
let page: Page;

/** Saves what the page's button offers, once the button is in view and on top. */
const save = (button: string) => downloadFrom(page.getByRole("button", { name: button }), button);

beforeAll(async () => {
  server = await serveUnderCsp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await page.goto(server.url);
  await openText(page, "odd-names.json", oddNames());
  await page.getByRole("treeitem", { name: /^Team A of/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("tree export under the server's Content Security Policy", () => {
  it("saves the tree as well-formed SVG: a control character in a name is written visibly", async () => {
    const svg = await save("Save the tree as SVG");
    const text = svg.bytes.toString("utf8");
    expect(text).not.toContain("\u0001");
    expect(text).toContain("eve\\u{1}");
    const parsed = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
      const error = doc.querySelector("parsererror");
      return { error: error?.textContent ?? null, texts: doc.querySelectorAll("text").length };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toBeGreaterThan(10);
    if (SHOTS) writeFileSync(`${SHOTS}/tree-export.svg`, svg.bytes);
  });

  it("saves the tree as PNG: the download happens and is a picture Chromium decodes", async () => {
    const png = await save("Save the tree as PNG");
    expect(png.name).toBe("campaign-lens-tree-odd-names.png");
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const size = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      return { width: bitmap.width, height: bitmap.height };
    }, png.bytes.toString("base64"));
    expect(size.width).toBe(png.bytes.readUInt32BE(16));
    expect(size.width).toBeGreaterThan(1000);
    expect(size.height).toBeGreaterThan(100);
    expect(await page.getByText(/PNG export failed/).count()).toBe(0);
    if (SHOTS) writeFileSync(`${SHOTS}/tree-export.png`, png.bytes);
  });
});

if (SHOTS) mkdirSync(SHOTS, { recursive: true });

describe.each(SCREENS)("the tree's export at $width x $height, $colorScheme", (screen) => {
  it("offers the SVG, the PNG and the export menu in view and on top, and saves the SVG", async () => {
    await withPageOn(
      browser,
      screen,
      async (seen) => {
        await seen.goto(server.url);
        await openText(seen, "odd-names.json", oddNames());
        await seen.getByRole("treeitem", { name: /^Team A of/ }).waitFor();
        // The tree's exports are in the header's Tools row, folded on a phone.
        await showHeaderTools(seen);
        for (const name of ["Save the tree as SVG", "Save the tree as PNG"]) {
          await expectOnTop(seen.getByRole("button", { name }), name, { scrollPage: true });
        }
        await openExportMenu(seen);
        await saveShot(seen, "tree-export", screen);
        await clickOnTop(seen.getByRole("button", { name: "Export ▾" }), "Export");

        const svg = seen.getByRole("button", { name: "Save the tree as SVG" });
        await expectOnTop(svg, "Save the tree as SVG", { scrollPage: true });
        const [file] = await Promise.all([seen.waitForEvent("download"), svg.click()]);
        expect(file.suggestedFilename()).toBe("campaign-lens-tree-odd-names.svg");
        expect((await bytesOf(file)).toString("utf8")).toContain("eve\\u{1}");
      },
      { acceptDownloads: true },
    );
  });
});
