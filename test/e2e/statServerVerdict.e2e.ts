import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../src/model/loadConfig";
import { clickOnTop } from "./support/clickOnTop";
import { launchChromium } from "./support/launchChromium";
import { newPageOn } from "./support/newPageOn";
import { findNode } from "./support/nodeViews";
import { onTop } from "./support/onTop";
import { serveUnderCsp, type CspServer } from "./support/serveUnderCsp";
import { SCREENS } from "./support/viewports";

// The demo with the browser's simulated Stat Server: the misnamed campaign group
// "Prospection_Q2@Team_Glasgow" (Stat Server id "Winback_H1@Team_Glasgow") is refused, its
// node says so instead of showing figures, and its naming finding is confirmed.

const SAMPLE = "contact-centre-mistakes.json";
const SAMPLE_BYTES = new Uint8Array(readFileSync(resolve("public/samples", SAMPLE)));
const hierarchy = buildHierarchy(loadConfig([{ path: SAMPLE, content: SAMPLE_BYTES }]), "campaign");
const misnamed = findNode(hierarchy, "campaignGroup", "Prospection_Q2@Team_Glasgow")!;
const REFUSAL = "Stat Server does not know CampaignGroup Winback_H1@Team_Glasgow";

let browser: Browser;
let server: CspServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveUnderCsp({ configFiles: [{ name: SAMPLE, content: SAMPLE_BYTES }] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(SCREENS)(
  "the simulated Stat Server in the demo, $width×$height, $colorScheme",
  (screen) => {
    let page: Page;
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      page = await newPageOn(browser, screen);
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      const query = new URLSearchParams({
        stats: "simulated",
        config: `/api/config/0/${SAMPLE}`,
        node: misnamed.id,
        view: "outline",
      });
      await page.goto(`${server.url}/?${query}`);
      await page
        .getByTestId("stats-connection")
        .filter({ hasText: "Simulated: running" })
        .waitFor({ timeout: 20_000 });
    });
    afterAll(async () => {
      await page?.close();
    });

    it("shows the misnamed group's node refused by Stat Server instead of figures", async () => {
      const row = page.getByRole("treeitem", { name: /^Prospection_Q2@Team_Glasgow/ });
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
    });

    it("gives Stat Server's reason in the inspector", async () => {
      const note = page
        .getByRole("complementary", { name: "Inspector" })
        .getByRole("note")
        .filter({ hasText: REFUSAL });
      expect(await note.textContent()).toBe(`${REFUSAL}Stat Server’s reason: Object not found`);
      expect(await onTop(note)).toEqual({ inViewport: true, hit: true });
    });

    it("marks the group's naming finding confirmed, and lists confirmed findings alone", async () => {
      await clickOnTop(page.getByRole("tab", { name: /^Findings/ }), "the Findings tab");
      const toggle = page.getByRole("button", { name: /^Confirmed by Stat Server \(\d+\)$/ });
      await clickOnTop(toggle, "the Confirmed by Stat Server filter");
      expect(await toggle.getAttribute("aria-pressed")).toBe("true");
      const row = page
        .getByRole("list", { name: /^Findings, \d+ shown$/ })
        .getByRole("button", { name: /^error Prospection_Q2@Team_Glasgow/ });
      const mark = row.getByText("confirmed by Stat Server");
      expect(await row.textContent()).toContain("Suggestion: Winback_H1@Team_Glasgow");
      expect(await onTop(mark)).toEqual({ inViewport: true, hit: true });
    });

    it("runs under the server's Content Security Policy with no errors", () => {
      expect(consoleErrors).toEqual([]);
    });
  },
);
