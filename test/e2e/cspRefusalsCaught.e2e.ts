import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ConsoleMessage, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { takeCspRefusals } from "./support/cspRefusals";
import { failOnCspRefusals } from "./support/failOnCspRefusals";
import { openText } from "./support/openText";

// Another origin, which the server's policy refuses for every kind of fetch; nothing listens there.
const ELSEWHERE = "http://127.0.0.2:9";

const csp = chromiumUnderCsp();
let page: Page;

const refusal = (message: ConsoleMessage) => /Content Security Policy/i.test(message.text());

/** Refusals recorded until `count` of them are there (the console reports them as they happen). */
async function refusalsUntil(count: number): Promise<string[]> {
  const seen: string[] = [];
  await expect.poll(() => seen.push(...takeCspRefusals())).toBeGreaterThanOrEqual(count);
  return seen;
}

beforeEach(async () => {
  page = await csp.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(csp.server.url);
  await page.getByLabel("Open files…").waitFor();
});

afterEach(async () => {
  await page.close();
});

describe("what the server's Content Security Policy refuses, caught for every test file", () => {
  it("records an inline script and an image from another site in a page, naming directive and address", async () => {
    // As a string: the page, not the test, adds them, as the app would.
    await page.evaluate(`
      const script = document.createElement("script");
      script.textContent = "window.ranInline = true";
      document.body.append(script);
      const image = document.createElement("img");
      image.src = "${ELSEWHERE}/pixel.png";
      document.body.append(image);
    `);
    const seen = await refusalsUntil(2);
    expect(seen).toHaveLength(2);
    expect(seen).toContainEqual(expect.stringMatching(/inline script.*script-src 'self'/s));
    expect(seen).toContainEqual(expect.stringMatching(/pixel\.png.*img-src 'self' data:/s));
    expect(await page.evaluate("window.ranInline === true")).toBe(false);
  });

  it("records what a worker is refused, once", async () => {
    await openText(page, "sales.json", readFileSync(resolve("test/ui/fixtures/sales.json")));
    await page.getByRole("treeitem", { name: /^Team A/ }).waitFor();
    const [worker] = page.workers();
    expect(worker).toBeDefined();
    await worker!.evaluate(`fetch("${ELSEWHERE}/feed").catch(() => null)`);
    const seen = await refusalsUntil(1);
    expect(seen).toEqual([
      expect.stringMatching(/\/feed in the worker .*analyse\.worker.*directive connect-src/),
    ]);
  });

  it("records a worker the page may not start (a blob: address)", async () => {
    await page.evaluate(`new Worker(URL.createObjectURL(new Blob([""])))`);
    expect(await refusalsUntil(1)).toEqual([expect.stringMatching(/worker-src 'self'/)]);
  });

  it("fails the test with a message that names what was refused", async () => {
    const reported = page.context().waitForEvent("console", { predicate: refusal });
    await page.evaluate(
      `document.body.append(Object.assign(new Image(), { src: "${ELSEWHERE}/late.png" }))`,
    );
    await reported;
    expect(failOnCspRefusals).toThrow(/refused 1 thing\(s\)[\s\S]*late\.png[\s\S]*img-src/);
    // Having failed, the check forgets what it reported: the next test starts clean.
    expect(takeCspRefusals()).toEqual([]);
  });
});
