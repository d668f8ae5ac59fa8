import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../src/model/loadConfig";
import { DEFAULT_STATISTICS_MAPPING } from "../../src/node/server/statisticsApi/statisticsMapping";
import { StatisticsApiSource } from "../../src/node/server/statisticsApi/StatisticsApiSource";
import { StatsApiStandIn } from "../support/statsApiStandIn/StatsApiStandIn";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { launchChromium } from "./support/launchChromium";
import { newPageOn } from "./support/newPageOn";
import { findNode, type NodeView } from "./support/nodeViews";
import { onTop } from "./support/onTop";
import { serveUnderCsp, type CspServer } from "./support/serveUnderCsp";
import { SCREENS, type Screen } from "./support/viewports";

// Our server started with a Statistics API source pointing at the stand-in, on a configuration
// whose campaign group "Winback@Team B" is misnamed (Stat Server knows it as "Sales@Team B"):
// figures the stand-in publishes reach the page, Stat Server's refusal of the misnamed group
// is shown and confirms its finding, and an outage of Stat Server shows as one.

const CONFIG = "sales-small.json";
const CONFIG_BYTES = new Uint8Array(readFileSync(resolve("test/fixtures/statisticsApi", CONFIG)));
const hierarchy = buildHierarchy(loadConfig([{ path: CONFIG, content: CONFIG_BYTES }]), "campaign");
const misnamed = findNode(hierarchy, "campaignGroup", "Winback@Team B")!;
const teamA = findNode(hierarchy, "groupAgents", "Team A")!;
const REFUSAL = "Stat Server does not know CampaignGroup Sales@Team B";

/** Every object of the configuration but the misnamed group. */
const KNOWN: [string, string][] = [
  ["Campaign", "Sales"],
  ["CampaignGroup", "Sales@Team A"],
  ["GroupAgents", "Team A"],
  ["GroupAgents", "Team B"],
  ["Agent", "E1"],
  ["Agent", "E2"],
  ["CampaignCallingList", "Sales@Leads"],
  ["CallingList", "Leads"],
];

let browser: Browser;
let standIn: StatsApiStandIn;
let source: StatisticsApiSource;
let server: CspServer;

beforeAll(async () => {
  browser = await launchChromium();
  standIn = await StatsApiStandIn.start({ known: KNOWN, apiKey: "site-key", token: "token" });
  server = await serveUnderCsp({ configFiles: [{ name: CONFIG, content: CONFIG_BYTES }] });
  // As main.ts wires `--statistics-api <url> --api-key …` with STATISTICS_API_TOKEN.
  source = new StatisticsApiSource(server.hub, {
    baseUrl: standIn.apiUrl,
    credentials: { apiKey: "site-key", token: "token", oauth: null },
    mapping: DEFAULT_STATISTICS_MAPPING,
  });
  await source.start(hierarchy);
});
afterAll(async () => {
  await browser?.close();
  await source?.close();
  await server?.close();
  await standIn?.close();
});

async function openPage(screen: Screen, consoleErrors: string[], node: NodeView): Promise<Page> {
  const page = await newPageOn(browser, screen);
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  const query = new URLSearchParams({
    config: `/api/config/0/${CONFIG}`,
    node: node.id,
    view: "outline",
  });
  await page.goto(`${server.url}/?${query}`);
  await page
    .getByTestId("stats-connection")
    .filter({ hasText: "Live: connected" })
    .waitFor({ timeout: 20_000 });
  return page;
}

const outlineRow = (page: Page, name: string) =>
  page.getByRole("treeitem", { name: new RegExp(`^${name}`) });

describe.each(SCREENS)(
  "Stat Server's verdict through the Statistics API, $width×$height, $colorScheme",
  (screen) => {
    let page: Page;
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      page = await openPage(screen, consoleErrors, misnamed);
    });
    afterAll(async () => {
      await page?.close();
    });

    it("shows the misnamed group refused by Stat Server instead of figures", async () => {
      const row = outlineRow(page, "Winback@Team B");
      const refusal = row.locator(".stat-refused");
      await refusal.waitFor();
      expect(await refusal.textContent()).toBe(REFUSAL);
      expect(await row.locator(".stat-chip:not(.stat-refused)").count()).toBe(0);
      expect(await onTop(refusal)).toEqual({ inViewport: true, hit: true });
      if (screen.width >= 1280) {
        const card = page.locator(`.tree-card[data-node-id="${misnamed.id}"] .stat-refused`);
        expect(await card.textContent()).toBe(REFUSAL);
        expect(await onTop(card)).toEqual({ inViewport: true, hit: true });
      }
      const note = page
        .getByRole("complementary", { name: "Inspector" })
        .getByRole("note")
        .filter({ hasText: REFUSAL });
      expect(await note.textContent()).toBe(`${REFUSAL}Stat Server’s reason: Object not found`);
      expect(await onTop(note)).toEqual({ inViewport: true, hit: true });
      await saveShot(page, "refused", screen);
    });

    it("marks the group's naming finding confirmed by Stat Server", async () => {
      await clickOnTop(page.getByRole("tab", { name: /^Findings/ }), "the Findings tab");
      const toggle = page.getByRole("button", { name: /^Confirmed by Stat Server \(1\)$/ });
      await clickOnTop(toggle, "the Confirmed by Stat Server filter");
      expect(await toggle.getAttribute("aria-pressed")).toBe("true");
      const list = page.getByRole("list", { name: /^Findings, \d+ shown$/ });
      expect(await list.getAttribute("aria-label")).toBe("Findings, 1 shown");
      const row = list.getByRole("button", { name: /^error Winback@Team B/ });
      expect(await row.textContent()).toContain("Suggestion: Sales@Team B");
      const mark = row.getByText("confirmed by Stat Server");
      expect(await onTop(mark)).toEqual({ inViewport: true, hit: true });
      await saveShot(page, "confirmed", screen);
    });

    it("runs under the server's Content Security Policy with no errors", () => {
      expect(consoleErrors).toEqual([]);
    });
  },
);

// A desktop in light and a phone in dark.
describe.each([SCREENS[0], SCREENS[5]])(
  "figures from the Statistics API, $width×$height, $colorScheme",
  (screen) => {
    let page: Page;
    const consoleErrors: string[] = [];
    // Distinct per run, so that a value left by the other run cannot pass for this one.
    const ready = screen.width === 390 ? 4_271 : 3_917;
    const text = `Ready ${ready.toLocaleString("en-US")}`;
    const readyChip = () =>
      outlineRow(page, "Team A").locator('.stat-chip[data-figure="agentsReady"]');

    beforeAll(async () => {
      page = await openPage(screen, consoleErrors, teamA);
      await outlineRow(page, "Team A").waitFor();
    });
    afterAll(async () => {
      await page?.close();
    });

    it("shows a figure within a second of the stand-in publishing it", async () => {
      expect(await outlineRow(page, "Team A").textContent()).not.toContain(text);
      const published = Date.now();
      standIn.publish([
        {
          objectType: "GroupAgents",
          objectId: "Team A",
          statistic: "CurrentNumberReadyAgents",
          value: ready,
        },
      ]);
      await readyChip().filter({ hasText: text }).waitFor({ timeout: 1000 });
      const lag = Date.now() - published;
      expect(lag).toBeLessThan(1000);
      expect(await readyChip().textContent()).toBe(text);
      expect(await onTop(readyChip())).toEqual({ inViewport: true, hit: true });
      if (screen.width >= 1280) {
        const card = page.locator(
          `.tree-card[data-node-id="${teamA.id}"] .stat-chip[data-figure="agentsReady"]`,
        );
        expect(await card.textContent()).toBe(text);
        expect(await onTop(card)).toEqual({ inViewport: true, hit: true });
      }
      await saveShot(page, "published", screen);
    });

    it("says Stat Server is unavailable in the header and shows its figures unavailable, then recovers", async () => {
      const indicator = page.getByTestId("stats-connection");
      standIn.setAvailable(false);
      try {
        await expect.poll(() => indicator.textContent()).toBe("Live: Stat Server unavailable");
        expect(await onTop(indicator)).toEqual({ inViewport: true, hit: true });
        const chip = readyChip();
        await expect.poll(() => chip.textContent()).toBe("Ready —");
        expect(await chip.getAttribute("class")).toContain("stat-unavailable");
        expect(await chip.getAttribute("title")).toBe(
          "Agents ready: unavailable, Stat Server unavailable",
        );
        expect(await onTop(chip)).toEqual({ inViewport: true, hit: true });
        await saveShot(page, "unavailable", screen);
        const inspector = page.getByRole("complementary", { name: "Inspector" });
        const note = inspector.getByRole("note").filter({ hasText: "Stat Server unavailable" });
        expect(await note.textContent()).toMatch(
          /^Stat Server unavailable since [^()]+: its figures are not shown until it is back\.$/,
        );
        expect(await inspector.textContent()).not.toContain("No figures have arrived");
        expect(await onTop(note)).toEqual({ inViewport: true, hit: true });
      } finally {
        standIn.setAvailable(true);
      }
      await expect.poll(() => indicator.textContent()).toBe("Live: connected");
      await expect.poll(() => readyChip().textContent()).toBe(text);
      expect(await readyChip().getAttribute("class")).not.toContain("stat-unavailable");
      await saveShot(page, "recovered", screen);
    });

    it("runs under the server's Content Security Policy with no errors", () => {
      expect(consoleErrors).toEqual([]);
    });
  },
);
