import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, type Threshold } from "../../src/model/stats/Threshold";
import { expectOnTop } from "./support/expectOnTop";
import { saveShot } from "./support/saveShot";
import { headerCount, openSimulated, unacknowledgedCount } from "./support/openSimulated";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { SCREENS, type Screen } from "./support/viewports";

const SAMPLE = "small-clean.json";
const SAMPLE_BYTES = new Uint8Array(readFileSync(resolve("public/samples", SAMPLE)));
const GROUPS = ["Renewals_Q3@Team Paris", "Renewals_Q3@Team Dublin", "Winback_Q3@Team Dublin"];
const CAMPAIGNS = ["Renewals_Q3", "Winback_Q3"];

/**
 * The defaults off, and one rule that certainly fires: every campaign group has a dialled
 * count, so "more than -1 dialled" puts each of the three groups in alarm, and only them, as
 * soon as figures arrive. Their campaigns and tenant are shown only as their paths.
 */
const THRESHOLDS: readonly Threshold[] = [
  ...DEFAULT_THRESHOLDS.map((threshold) => ({ ...threshold, enabled: false })),
  {
    id: "e2e-group-dialed",
    kind: "campaignGroup",
    figure: "dialed",
    op: "above",
    value: -1,
    level: "alarm",
    enabled: true,
  },
];

const csp = chromiumUnderCsp({ configFiles: [{ name: SAMPLE, content: SAMPLE_BYTES }] });

const address = () =>
  `${csp.server.url}/?stats=simulated&config=${encodeURIComponent(`/api/config/0/${SAMPLE}`)}`;

const openPage = (screen: Screen) => openSimulated(csp.browser, address(), screen, THRESHOLDS);

/** Each outline row: its accessible name's first part (the node's name) and whether it is a leaf. */
const outlineRows = (page: Page) =>
  page
    .getByRole("tree", { name: "Hierarchy outline" })
    .getByRole("treeitem")
    .evaluateAll((rows) => {
      // What a person reads of a name: the text for screen readers left out.
      const shownText = (element: Element | null) => {
        const seen = element?.cloneNode(true) as Element | undefined;
        for (const hidden of seen?.querySelectorAll(".visually-hidden") ?? []) hidden.remove();
        return (seen?.textContent ?? "").trim();
      };
      return rows.map((row) => ({
        name: shownText(row.querySelector(".node-name")),
        level: Number(row.getAttribute("aria-level")),
        leaf: row.getAttribute("aria-expanded") === null,
      }));
    });

const laidOut = (page: Page) =>
  page.locator(".tree-stage").evaluate((stage: HTMLElement) => Number(stage.dataset.laidOut));

describe.each(SCREENS)("seen at $width x $height, $colorScheme", (screen) => {
  it("shows only the nodes in alarm with their paths in the outline and the tree, counted alike in the bar, the header and the Alarms tab", async () => {
    const page = await openPage(screen);
    await expect.poll(() => unacknowledgedCount(page), { timeout: 15_000 }).toBe(GROUPS.length);
    const everything = await laidOut(page);

    const inAlarm = page.getByRole("radio", { name: "In alarm" });
    expect(await inAlarm.isDisabled()).toBe(false);
    await expectOnTop(inAlarm, "In alarm", { scrollPage: true });
    await inAlarm.check();
    expect(new URL(page.url()).searchParams.get("filter")).toBe("alarms");

    // The outline: the tenant, the two campaigns as paths, the three groups in alarm as leaves.
    await expect.poll(() => outlineRows(page).then((rows) => rows.length)).toBe(6);
    const rows = await outlineRows(page);
    expect(rows.filter((row) => row.leaf).map((row) => row.name)).toEqual(
      expect.arrayContaining(GROUPS),
    );
    expect(rows.filter((row) => row.leaf)).toHaveLength(GROUPS.length);
    expect(rows.filter((row) => row.level === 2).map((row) => row.name)).toEqual(
      expect.arrayContaining(CAMPAIGNS),
    );
    expect(rows.filter((row) => !row.leaf && row.level === 1)).toHaveLength(1);

    // The tree lays out the same six nodes, far fewer than the whole hierarchy.
    await expect.poll(() => laidOut(page)).toBe(6);
    expect(everything).toBeGreaterThan(6);

    // The bar, the header and the Alarms tab say the same number.
    const status = page.getByRole("status").filter({ hasText: /objects? in alarm, shown with/ });
    await expect
      .poll(() => status.textContent())
      .toBe("3 objects in alarm, shown with their paths.");
    await expectOnTop(status, "the filter's count", { scrollPage: true });
    expect(await unacknowledgedCount(page)).toBe(GROUPS.length);
    await expectOnTop(headerCount(page), "the header's alarm count", { scrollPage: true });
    await headerCount(page).click();
    const tab = page.getByRole("tab", { name: `Alarms (${GROUPS.length})` });
    await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
    await expectOnTop(tab, "the Alarms tab", { scrollPage: true });
    const listed = await page
      .getByRole("list", { name: "Alarms, newest first" })
      .locator(".alarm-name")
      .evaluateAll((names) =>
        names.map((name) => {
          const seen = name.cloneNode(true) as Element;
          for (const hidden of seen.querySelectorAll(".visually-hidden")) hidden.remove();
          return (seen.textContent ?? "").trim();
        }),
      );
    expect(listed.toSorted()).toEqual(GROUPS.toSorted());
    // The filter is kept while the side panel shows the alarms.
    await expectOnTop(inAlarm, "In alarm with the Alarms tab open", { scrollPage: true });
    expect(await inAlarm.isChecked()).toBe(true);
    await saveShot(page, "filter-in-alarm", screen);

    // Back to everything, every control still reachable.
    const all = page.getByRole("radio", { name: "All objects" });
    await expectOnTop(all, "All objects", { scrollPage: true });
    await all.check();
    await expect.poll(() => laidOut(page)).toBeGreaterThanOrEqual(everything);

    await page.close();
  });

  it("turns 'In alarm' off, saying why, while statistics are off, and drops a chosen alarm filter", async () => {
    const page = await openPage(screen);
    await expect.poll(() => unacknowledgedCount(page), { timeout: 15_000 }).toBe(GROUPS.length);
    const inAlarm = page.getByRole("radio", { name: "In alarm" });
    await expectOnTop(inAlarm, "In alarm", { scrollPage: true });
    await inAlarm.check();
    await expect.poll(() => outlineRows(page).then((rows) => rows.length)).toBe(6);

    const source = page.getByLabel("Statistics source");
    await expectOnTop(source, "the statistics source", { scrollPage: true });
    await source.selectOption("off");
    await expect.poll(() => inAlarm.isDisabled()).toBe(true);
    // What is shown is what is checked: everything, until statistics are on again.
    expect(await inAlarm.isChecked()).toBe(false);
    expect(await page.getByRole("radio", { name: "All objects" }).isChecked()).toBe(true);
    const reason = page.locator("#filter-alarms-reason");
    expect(await reason.textContent()).toBe("In alarm: needs live or simulated statistics");
    await expectOnTop(reason, "the reason In alarm is off", { scrollPage: true });
    await expectOnTop(
      page.getByRole("status").filter({ hasText: "Alarms are not available" }),
      "the word that everything is shown",
      { scrollPage: true },
    );
    await expect.poll(() => outlineRows(page).then((rows) => rows.length)).toBeGreaterThan(6);
    // On a phone the bar still leaves the panels most of the screen.
    await page.evaluate(() => window.scrollTo(0, 0));
    const bar = (await page.locator(".filter-bar").boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(screen.width <= 600 ? 150 : 90);
    await saveShot(page, "filter-alarms-off", screen);

    await expectOnTop(source, "the statistics source", { scrollPage: true });
    await source.selectOption("simulated");
    await expect.poll(() => inAlarm.isDisabled(), { timeout: 15_000 }).toBe(false);
    await expect
      .poll(() => outlineRows(page).then((rows) => rows.length), { timeout: 15_000 })
      .toBe(6);
    expect(await inAlarm.isChecked()).toBe(true);
    await page.close();
  });
});
