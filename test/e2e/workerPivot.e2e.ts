import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { launchChromium } from "./support/launchChromium";
import { serveDist, type StaticServer } from "./support/serveDist";

let server: StaticServer;
let browser: Browser;
let page: Page;

const treeitems = (kind: string) =>
  page.getByRole("treeitem", { name: new RegExp(`, ${kind}\\b`) }).count();
const mark = (name: string) =>
  page.evaluate(`performance.getEntriesByName("campaign-lens:${name}").length`);

beforeAll(async () => {
  server = await serveDist(resolve("dist"));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 880 } });
  await page.goto(`${server.url}/?stats=off`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a configuration analysed in the worker", () => {
  it("arrives in stages (hierarchy and model before the findings) and draws its tree", async () => {
    const { text } = generateConfig({ objects: 20_000, seed: 5, defects: 0.05 });
    await page.getByLabel("Open files…").setInputFiles({
      name: "large.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect.poll(() => mark("first-tree-paint"), { timeout: 30_000 }).toBe(1);
    expect(await mark("hierarchy-received")).toBe(1);
    expect(await mark("model-received")).toBe(1);
    expect(await mark("worker-rules")).toBe(1);
    expect(await treeitems("Campaign")).toBeGreaterThan(0);
    expect(await page.getByRole("tab", { name: /^Findings/ }).textContent()).toMatch(/\d/);
  });

  it("pivots by calling list with the hierarchy built in the worker, and back", async () => {
    await page.getByText("Calling lists", { exact: true }).click();
    await expect.poll(() => treeitems("Calling list"), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("pivot")).toBe("callingList");
    expect(await mark("pivot-from-worker")).toBe(1);
    await page.getByText("Groups", { exact: true }).click();
    await expect.poll(() => treeitems("Agent group"), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByText("Campaigns", { exact: true }).click();
    await expect.poll(() => treeitems("Campaign"), { timeout: 15_000 }).toBeGreaterThan(0);
  });
});
