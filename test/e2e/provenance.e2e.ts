import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../src/model/loadConfig";
import { simulationPlan } from "../../src/model/stats/simulationPlan";
import { describeConfiguration } from "../../src/node/server/describeConfiguration";
import { knownStatKeys } from "../../src/model/stats/knownStatKeys";
import { runSimulation } from "../../src/node/server/runSimulation";
import { expectOnTop } from "./support/expectOnTop";
import { saveShot } from "./support/saveShot";
import { launchChromium } from "./support/launchChromium";
import { nodesOf } from "./support/nodeViews";
import { openText } from "./support/openText";
import { seriousAxeViolations } from "./support/runAxe";
import { serveUnderCsp, type CspServer } from "./support/serveUnderCsp";
import { newPageOn } from "./support/newPageOn";
import { SCREENS, screenName, type Screen } from "./support/viewports";

// Our server, under its CSP, simulating small-clean.json while OCS reports one of its groups:
// the page says which configuration the live feed is for, each figure says where it came from
// (OCS's beside the simulator's), and opening another configuration while Live says the feed
// is another configuration's instead of listing its objects as unknown.

const CONFIG = "small-clean.json";
const CONFIG_BYTES = new Uint8Array(readFileSync(resolve("public/samples", CONFIG)));
const OTHER = readFileSync(resolve("test/ui/fixtures/sales.json"));
const hierarchy = buildHierarchy(loadConfig([{ path: CONFIG, content: CONFIG_BYTES }]), "campaign");
const group = nodesOf(hierarchy, "campaignGroup")[0]!;
const [campaignName, groupName] = group.statId!.split("@") as [string, string];
const OCS_SECRET = "e2e-ocs-secret-0123456789";

let browser: Browser;
let server: CspServer;
let stopSimulation = () => {};

async function reportFromOcs(): Promise<void> {
  const response = await fetch(`${server.url}/api/ocs/campaign-group-state?secret=${OCS_SECRET}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      GSW_TENANT_NAME: "Environment",
      GSW_CAMPAIGN_NAME: campaignName,
      GSW_GROUP_NAME: groupName,
      GSW_CAMPAIGN_GROUP_STATE: "Running",
      GSW_DIAL_MODE: 1,
      GSW_STAT_HIT_RATIO: 0.31,
    }),
  });
  expect(response.status).toBe(202);
}

beforeAll(async () => {
  browser = await launchChromium();
  const known = knownStatKeys(hierarchy);
  const files = [{ name: CONFIG, content: CONFIG_BYTES }];
  server = await serveUnderCsp({
    configFiles: files,
    knownObjects: known,
    knownGroups: simulationPlan(hierarchy).groups,
    intervalMs: 2000,
    configuration: describeConfiguration(files, known, true),
  });
  stopSimulation = runSimulation(server.hub, hierarchy, 11);
  await reportFromOcs();
});
afterAll(async () => {
  stopSimulation();
  await browser?.close();
  await server?.close();
});

async function openLive(screen: Screen, errors: string[]): Promise<Page> {
  const page = await newPageOn(browser, screen);
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const query = new URLSearchParams({
    config: `/api/config/0/${CONFIG}`,
    node: group.id,
    view: "outline",
  });
  await page.goto(`${server.url}/?${query}`);
  await page
    .getByTestId("stats-connection")
    .filter({ hasText: "Live: connected" })
    .waitFor({ timeout: 20_000 });
  return page;
}

async function openAnother(page: Page): Promise<void> {
  await openText(page, "sales.json", OTHER);
  await page
    .getByRole("treeitem", { name: /^Team A/ })
    .first()
    .waitFor();
}

describe.each(SCREENS)("where figures came from, $width×$height, $colorScheme", (screen) => {
  let page: Page;
  const errors: string[] = [];
  const name = screenName(screen);

  beforeAll(async () => {
    page = await openLive(screen, errors);
  });
  afterAll(async () => {
    await page?.close();
  });

  it("says in the header which configuration the live feed is for", async () => {
    const feed = page.getByTestId("stats-feed");
    await expect.poll(() => feed.getAttribute("title")).toContain("the configuration open here");
    expect(await feed.locator("[aria-hidden]").textContent()).toBe(
      `for ${CONFIG}, simulated by the server`,
    );
    expect(await feed.getAttribute("data-mismatch")).toBeNull();
    await expectOnTop(feed, "the feed's statement");
  });

  it("gives each figure of the inspected group its source and age: OCS's beside the simulator's", async () => {
    await reportFromOcs();
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    const figure = (figureName: string) =>
      inspector.locator(`dd[data-figure="${figureName}"] .figure-source`);
    await expect.poll(() => figure("status").textContent()).toMatch(/^OCS, (just now|\d+ s ago)$/);
    await expect.poll(() => figure("dialed").textContent()).toMatch(/^simulated, /);
    await expect
      .poll(() => figure("agentsReady").textContent())
      .toMatch(/^summed from beneath: simulated \(\d+\)/);
    await expect
      .poll(() => inspector.getByTestId("stats-sources").textContent())
      .toMatch(/Figures here and beneath from simulated \(\d+\), OCS \(1\)\./);
    await expectOnTop(figure("status"), "the status's source", { scrollPage: true });
    await expectOnTop(figure("dialed"), "the dialed count's source", { scrollPage: true });
    await saveShot(page, `provenance-inspector-${name}`);
  });

  it("marks the group's chips as mixed, in words", async () => {
    const row = page.getByRole("treeitem", { name: new RegExp(`^${group.name}`) });
    const mark = row.locator(".stat-source");
    await expect.poll(() => mark.getAttribute("title")).toMatch(/^Figures from /);
    expect(await mark.getAttribute("data-source")).toBe("mixed");
    expect(await mark.locator("[aria-hidden]").textContent()).toBe("mix");
    expect(await mark.locator(".visually-hidden").textContent()).toMatch(
      /^Figures from simulated \(\d+\), OCS \(1\)$/,
    );
    await expectOnTop(mark, "the group's source mark", { scrollPage: true });
  });

  it("warns that the feed is another configuration's once another is opened while Live", async () => {
    await openAnother(page);
    const feed = page.getByTestId("stats-feed");
    await expect
      .poll(() => feed.locator("[aria-hidden]").textContent(), { timeout: 10_000 })
      .toBe(`⚠ feed is for another configuration (${CONFIG})`);
    expect(await feed.getAttribute("role")).toBe("alert");
    expect(await feed.getAttribute("title")).toMatch(
      /^The live feed is for small-clean\.json \(\d+ objects, simulated by the server\), not the configuration open here: none of the \d+ objects it has figures for is in it\./,
    );
    await expectOnTop(feed, "the mismatch warning");
    await expect
      .poll(() =>
        page.getByText(/^Statistics for another configuration's objects \(\d+\)$/).count(),
      )
      .toBe(1);
    expect(await page.getByText(/^Statistics for unknown objects/).count()).toBe(0);
    // No figure reached this configuration: its top node shows no "Running 0".
    const top = page.getByRole("treeitem", { name: /^Environment/ }).first();
    expect(await top.locator(".stat-chip").count()).toBe(0);
    await saveShot(page, `provenance-mismatch-${name}`);
  });

  it("runs under the server's Content Security Policy with no errors", () => {
    expect(errors).toEqual([]);
  });
});

describe.each([SCREENS[0], SCREENS[1]])("accessibility, $colorScheme", (screen) => {
  it("has no serious or critical axe violations with the sources shown and the mismatch warned", async () => {
    const errors: string[] = [];
    const page = await openLive(screen, errors);
    await page
      .getByRole("complementary", { name: "Inspector" })
      .locator('dd[data-figure="status"] .figure-source')
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await openAnother(page);
    await page.getByTestId("stats-feed").and(page.getByRole("alert")).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Chromium logs each refusal of the server's policy as an error: none, and no other error.
    expect(errors).toEqual([]);
    await page.close();
  });
});
