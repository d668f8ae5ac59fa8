import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { saveShot } from "./support/saveShot";
import { expectOnTop } from "./support/expectOnTop";
import { headerCount, openSimulated, unacknowledgedCount } from "./support/openSimulated";
import { seriousAxeViolations } from "./support/runAxe";
import { CAMPAIGNS_IN_ALARM } from "./support/campaignsInAlarm";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { SCREENS, type Screen } from "./support/viewports";

const SAMPLE = "small-clean.json";
const SAMPLE_BYTES = new Uint8Array(readFileSync(resolve("public/samples", SAMPLE)));

const THRESHOLDS = CAMPAIGNS_IN_ALARM;

const csp = chromiumUnderCsp({ configFiles: [{ name: SAMPLE, content: SAMPLE_BYTES }] });

const address = () =>
  `${csp.server.url}/?stats=simulated&config=${encodeURIComponent(`/api/config/0/${SAMPLE}`)}`;

const openPage = (screen: Screen) =>
  openSimulated(csp.browser, address(), screen, THRESHOLDS, { keepStored: true });

describe.each(SCREENS)("seen at $width x $height, $colorScheme", (screen) => {
  it("counts alarms in the header, lists them in the Alarms tab, acknowledges one and selects its node", async () => {
    const page = await openPage(screen);
    await expect.poll(() => unacknowledgedCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await clickOnTop(headerCount(page), "the header's alarm count");
    const tab = page.getByRole("tab", { name: /^Alarms \(\d+\)$/ });
    await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
    expect(new URL(page.url()).searchParams.get("view")).toBe("alarms");
    await expectOnTop(tab, "the Alarms tab");

    const list = page.getByRole("list", { name: "Alarms, newest first" });
    const row = list.getByRole("listitem").first();
    await row.waitFor();
    await expectOnTop(row.locator(".alarm-open"), "an alarm row");
    const acknowledge = row.getByRole("button", { name: /^Acknowledge / });
    await expectOnTop(acknowledge, "its Acknowledge button");
    const sound = page.getByRole("checkbox", { name: "Sound for new alarms" });
    await expectOnTop(sound, "the sound toggle");
    expect(await sound.isChecked()).toBe(false);
    await saveShot(page, "alarms-tab", screen);

    const name = (await acknowledge.getAttribute("aria-label"))!;
    const others = (await unacknowledgedCount(page)) - 1;
    await clickOnTop(acknowledge, "its Acknowledge button");
    // The acknowledged alarm is what must go: the simulation may raise another meanwhile, so
    // the count is only held to the others and whatever came since.
    await expect.poll(() => page.getByRole("button", { name }).count()).toBe(0);
    expect(await unacknowledgedCount(page)).toBeGreaterThanOrEqual(others);

    await clickOnTop(sound, "the sound toggle");
    expect(await sound.isChecked()).toBe(true);

    // A campaign's row: it is in alarm as long as the simulation runs.
    const campaignRow = list.getByRole("listitem").filter({ hasText: "Groups running" }).first();
    await clickOnTop(campaignRow.locator(".alarm-open"), "a campaign's alarm row");
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toMatch(/campaign:/);
    await saveShot(page, "alarm-selected", screen);

    await page.close();
  });

  it("shows the thresholds editor in the supervisor's words, with previews, beside the tree rather than over it (over it as a sheet on a phone)", async () => {
    const page = await openPage(screen);
    await expect.poll(() => unacknowledgedCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const edit = page.getByRole("button", { name: "Edit thresholds" });
    await clickOnTop(edit, "Edit thresholds");
    const editor = page.locator(".threshold-editor");
    const rule = editor.locator(".threshold-rule").first();
    await rule.waitFor();
    for (const [label, what] of [
      [/^Enable threshold on /, "its On checkbox"],
      [/^Node kind of threshold 1$/, "its node kind"],
      [/^Figure of threshold 1$/, "its figure"],
      [/^Comparison of threshold 1$/, "its comparison"],
      [/^Value of threshold on /, "its value"],
      [/^Level of threshold 1$/, "its level"],
      [/^Remove threshold on /, "its Remove button"],
    ] as const) {
      await expectOnTop(rule.getByLabel(label), `the first rule's ${what}`, { scrollPage: true });
    }
    await expectOnTop(editor.getByRole("button", { name: "Add threshold" }), "Add threshold", {
      scrollPage: true,
    });
    const text = (await editor.textContent()) ?? "";
    for (const internal of ["campaignGroup", "WaitingAgents", "overdialRate"]) {
      expect(text).not.toContain(internal);
    }
    const waiting = editor.getByLabel("Value of threshold on Campaign group Waiting").first();
    expect(await waiting.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(
      "Waiting for agents",
    );
    // Every campaign has a running count, so the rule that certainly fires names them.
    const sure = editor.locator(".threshold-rule").last();
    await expect
      .poll(() => sure.locator(".threshold-preview").textContent(), { timeout: 10_000 })
      .toMatch(/^Would colour \d+ campaigns? as an alarm now: /);

    await saveShot(page, "thresholds-editor", screen);
    const stage = page.getByRole("region", { name: /^Tree drawing/ });
    if (screen.width <= 600) {
      // No room beside the tree on a phone: the editor is a sheet over the screen, closed to
      // give the tree back.
      const sheet = page.getByRole("dialog", { name: "Thresholds" });
      expect(await sheet.boundingBox()).toEqual({
        x: 0,
        y: 0,
        width: screen.width,
        height: screen.height,
      });
      await clickOnTop(
        sheet.getByRole("button", { name: "Close the threshold editor" }),
        "the editor's close button",
      );
    }
    // The tree keeps most of its room: its drawing is still on screen, with height to read.
    await stage.scrollIntoViewIfNeeded();
    const box = (await stage.boundingBox())!;
    expect(box.height).toBeGreaterThan(Math.min(200, screen.height / 4));
    await expectOnTop(stage, "the tree drawing");
    await page.close();
  });
});

describe("acknowledgements and accessibility", () => {
  it("keeps an acknowledged alarm acknowledged after the page is opened again", async () => {
    const screen = SCREENS[0];
    const page = await openPage(screen);
    await page.goto(`${address()}&view=alarms`);
    const list = page.getByRole("list", { name: "Alarms, newest first" });
    const campaignRow = list.getByRole("listitem").filter({ hasText: "Groups running" }).first();
    await campaignRow.waitFor({ timeout: 15_000 });
    const label = (await campaignRow
      .getByRole("button", { name: /^Acknowledge / })
      .getAttribute("aria-label"))!;
    await clickOnTop(
      campaignRow.getByRole("button", { name: /^Acknowledge / }),
      "the campaign's Acknowledge button",
    );
    await expect.poll(() => page.getByRole("button", { name: label }).count()).toBe(0);
    await page.reload();
    await expect
      .poll(() => list.getByRole("listitem").filter({ hasText: "Groups running" }).count(), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: label }).count()).toBe(0);
    await page.close();
  });

  it("is usable from the keyboard: a row selects its node with Enter, Acknowledge with Space, focus visible and kept", async () => {
    const screen = SCREENS[2];
    const page = await openPage(screen);
    await page.goto(`${address()}&view=alarms`);
    const list = page.getByRole("list", { name: "Alarms, newest first" });
    const row = list.getByRole("listitem").filter({ hasText: "Groups running" }).first();
    await row.waitFor({ timeout: 15_000 });
    const open = row.locator(".alarm-open");
    await open.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toMatch(/campaign:/);
    await open.focus();
    await page.keyboard.press("Tab");
    const acknowledge = row.getByRole("button", { name: /^Acknowledge / });
    expect(await acknowledge.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await acknowledge.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe("none");
    await page.keyboard.press("Space");
    await expect.poll(() => row.getByText("Acknowledged").count()).toBe(1);
    expect(await open.evaluate((b) => b === document.activeElement)).toBe(true);
    await saveShot(page, "alarm-keyboard", screen);
    await page.close();
  });

  it.each([SCREENS[0], SCREENS[5]])(
    "has no serious or critical violations with the alarm list and the editor open ($width, $colorScheme)",
    async (screen) => {
      const page = await openPage(screen);
      await expect.poll(() => unacknowledgedCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
      await clickOnTop(headerCount(page), "the header's alarm count");
      await page.getByRole("list", { name: "Alarms, newest first" }).waitFor();
      await clickOnTop(page.getByRole("button", { name: "Edit thresholds" }), "Edit thresholds");
      await page.locator(".threshold-preview").first().waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
