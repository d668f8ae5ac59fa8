import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { chooseFiles } from "./support/chooseFiles";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { saveShot } from "./support/saveShot";
import { downloadFrom } from "./support/downloadFrom";
import { inputAndAppInputStyle, selectAndAppSelectStyle } from "./support/drawnStyle";
import { clickOnTop } from "./support/clickOnTop";
import { expectOnTop } from "./support/expectOnTop";
import { showHeaderTools } from "./support/showHeaderTools";
import { sidewaysScroll } from "./support/sidewaysScroll";
import { withPageOn } from "./support/newPageOn";
import { SCREENS } from "./support/viewports";

const MUTAGEN = resolve("../shared/samples/mutagen/export-json");
const SALES = resolve("test/ui/fixtures/sales.json");
const TEAM_A = "tenant:Environment/campaign:Sales/campaignGroup:Team A";

// As production serves the app: by the project's own server, under its CSP.
const csp = chromiumUnderCsp();
let page: Page;

const treeitem = (name: string | RegExp) => page.getByRole("treeitem", { name });

/** Picks a file with the file input labelled `label`, through the control that opens it. */
async function pick(label: string, path: string, buffer: Buffer = readFileSync(path)) {
  await chooseFiles(page.getByLabel(label), {
    name: path.split("/").pop()!,
    mimeType: "application/json",
    buffer,
  });
}

/** The sales fixture with a second misnamed group: "Closers team" stands for Retention@Closers. */
function twoMisnamedGroups(): Buffer {
  const config = JSON.parse(readFileSync(SALES, "utf8"));
  const group = config.campaignGroups.find((g: { name: string }) => g.name === "Retention@Closers");
  group.name = "Closers team";
  return Buffer.from(JSON.stringify(config));
}

/** The contrast ratio (WCAG) of an element's text with the background it is drawn on. */
function contrastOf(control: Locator): Promise<number> {
  return control.evaluate((element) => {
    const style = getComputedStyle(element);
    let painted: Element | null = element;
    while (
      painted &&
      /^rgba\(.*, 0\)$|^transparent$/.test(getComputedStyle(painted).backgroundColor)
    )
      painted = painted.parentElement;
    const background = painted ? getComputedStyle(painted).backgroundColor : "rgb(255, 255, 255)";
    const luminance = (colour: string) => {
      const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
        const c = Number(part) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [light, dark] = [luminance(style.color), luminance(background)].sort((a, b) => b - a);
    return (light! + 0.05) / (dark! + 0.05);
  });
}

/** Saves what the page's button offers, the button reached by scrolling as a person would. */
const save = (button: string) =>
  downloadFrom(page.getByRole("button", { name: button }), button, { scrollPage: true });

beforeEach(async () => {
  await page?.close();
  page = await csp.browser.newPage({
    viewport: { width: 1400, height: 880 },
    acceptDownloads: true,
  });
  await page.goto(csp.server.url);
});

describe("review sessions in Chromium", () => {
  it("compares two mutagen exports: the changed group is marked and the introduced finding listed", async () => {
    await pick("Open files…", `${MUTAGEN}/campaignGroups-updated-config.json`);
    await expect.poll(() => treeitem(/^cfgObjectTest/).count()).toBe(1);
    await clickOnTop(page.getByRole("button", { name: "Compare" }), "Compare");
    await pick("Before configuration files", `${MUTAGEN}/campaignGroups-config.json`);
    await expect.poll(() => page.getByTestId("count-removed").textContent()).toBe("1");
    expect(await page.getByTestId("count-changed").textContent()).toBe("1");
    expect(await page.getByTestId("count-added").textContent()).toBe("0");
    await expect.poll(() => treeitem(/^cfgObjectTest/).textContent()).toContain("changed");
    const changes = page.getByRole("list", { name: "Changes", exact: true });
    expect(await changes.textContent()).toContain(
      'moved: group "campaignGroupAgentGroup" -> (none)',
    );
    expect(await changes.textContent()).toContain('removed: Agent group "campaignGroupAgentGroup"');
    const introduced = page.getByRole("list", { name: "Findings introduced" });
    expect(await introduced.textContent()).toContain("missing-group");

    const changed = page.getByRole("checkbox", { name: /changed/ });
    await expectOnTop(changed, "the changed marks' checkbox", { scrollPage: true });
    await changed.uncheck();
    await expect.poll(() => treeitem(/^cfgObjectTest/).textContent()).not.toContain("changed");
  });

  it("compares with a before configuration pasted as text, and one from a URL (an unknown one says so)", async () => {
    await pick("Open files…", `${MUTAGEN}/campaignGroups-updated-config.json`);
    await expect.poll(() => treeitem(/^cfgObjectTest/).count()).toBe(1);
    await clickOnTop(page.getByRole("button", { name: "Compare" }), "Compare");

    await clickOnTop(page.getByRole("button", { name: "Before: paste…" }), "Before: paste…");
    const dialog = page.getByRole("dialog", { name: "Paste a configuration" });
    const text = dialog.getByRole("textbox");
    await expectOnTop(text, "the paste box");
    const pasteStyle = await inputAndAppInputStyle(text);
    expect({ ...pasteStyle.drawn, font: "mono" }, "the paste box").toEqual({
      ...pasteStyle.app,
      font: "mono",
    });
    await text.fill(readFileSync(`${MUTAGEN}/campaignGroups-config.json`, "utf8"));
    await clickOnTop(dialog.getByRole("button", { name: "Open" }), "the paste dialog's Open");
    await expect.poll(() => page.getByTestId("count-removed").textContent()).toBe("1");
    expect(await page.getByTestId("count-changed").textContent()).toBe("1");
    expect(await page.getByText(/^Before: pasted text/).count()).toBe(1);

    const address = page.getByRole("textbox", { name: "Before: from a URL" });
    const loadBefore = page.getByRole("button", { name: "Load before" });
    await expectOnTop(address, "Before: from a URL", { scrollPage: true });
    await address.fill(`${csp.server.url}/samples/no-such-snapshot.json`);
    await clickOnTop(loadBefore, "Load before");
    await expect
      .poll(() => page.getByRole("alert").first().textContent())
      .toMatch(/no-such-snapshot\.json.*HTTP 404/);

    await address.fill(`${csp.server.url}/samples/small-clean.json`);
    await clickOnTop(loadBefore, "Load before");
    await expect.poll(() => page.getByText(/^Before: small-clean\.json/).count()).toBe(1);
    expect(Number(await page.getByTestId("count-added").textContent())).toBeGreaterThan(0);
  });

  it("applies an edited convention and its findings appear in the findings panel", async () => {
    await pick("Open files…", SALES);
    await expect.poll(() => treeitem(/^Team A/).count()).toBe(1);
    const before = await page.getByRole("tab", { name: /Findings/ }).textContent();
    await clickOnTop(page.getByRole("button", { name: "Conventions" }), "Conventions");
    const editor = page.getByRole("textbox", { name: /Conventions \(JSON\)/ });
    await expectOnTop(editor, "the conventions editor", { scrollPage: true });
    await editor.fill('{"conventions": {"campaign": {"pattern": "([A-Z]+_?)*"}}}');
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("conventions.campaign.pattern: it could take a very long time to match");
    await editor.fill(
      '{"conventions": {"campaign": {"style": "UPPER_SNAKE", "severity": "error", "message": "Campaigns in capitals."}}}',
    );
    await clickOnTop(page.getByRole("button", { name: "Apply" }), "Apply");
    await expect
      .poll(() => page.getByRole("heading", { name: /Findings from conventions/ }).textContent())
      .toBe("Findings from conventions (2)");
    await clickOnTop(
      page.getByRole("button", { name: "Close House naming conventions" }),
      "Close the conventions",
    );
    await clickOnTop(page.getByRole("tab", { name: /Findings/ }), "the Findings tab");
    expect(await page.getByRole("tab", { name: /Findings/ }).textContent()).not.toBe(before);
    await expect
      .poll(() => page.getByRole("button", { name: /Suggestion: SALES/ }).count())
      .toBe(1);
  });

  it("shows the report with counts, findings by rule and the hierarchy, and downloads it whole", async () => {
    await pick("Open files…", SALES);
    await expect.poll(() => treeitem(/^Team A/).count()).toBe(1);
    await clickOnTop(page.getByRole("button", { name: "Report" }), "Report");
    const frame = page.frameLocator("iframe[title='Report preview']");
    await expect.poll(() => frame.locator("h1").textContent()).toBe("Campaign Lens review report");
    const findings = (await frame.locator("#findings").textContent()) ?? "";
    expect(findings).toContain("group-name-mismatch");
    expect(findings).toContain("Sales@Team1");
    expect(await frame.locator("#summary").textContent()).toContain("Campaign group");
    expect(await frame.locator("#hierarchy").textContent()).toContain("Team A");

    const { name, bytes } = await save("Download HTML");
    expect(name).toBe("campaign-lens-report-sales.html");
    const html = bytes.toString("utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<script/i);
  });

  it("exports the open tree as an SVG document and as a PNG twice its size", async () => {
    await pick("Open files…", SALES);
    await expect.poll(() => treeitem(/^Team A/).count()).toBe(1);
    const svg = await save("Save the tree as SVG");
    expect(svg.name).toBe("campaign-lens-tree-sales.svg");
    const text = svg.bytes.toString("utf8");
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(text).toContain(">Team A</text>");
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(text)!.map(Number);
    expect(width).toBeGreaterThan(600);

    const png = await save("Save the tree as PNG");
    expect(png.name).toBe("campaign-lens-tree-sales.png");
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.readUInt32BE(16)).toBe(Math.round(width! * 2));
    expect(png.bytes.readUInt32BE(20)).toBe(Math.round(height! * 2));
    expect(png.bytes.length).toBeGreaterThan(10_000);
  });

  it("presents: the tour lands on each misnamed group, steps with the keys, and Escape ends it", async () => {
    await pick("Open files…", "sales-two-misnamed.json", twoMisnamedGroups());
    await expect.poll(() => treeitem(/^Team A/).count()).toBe(1);
    await clickOnTop(page.getByRole("button", { name: "Present" }), "Present");
    const tour = page.getByRole("complementary", { name: "Guided tour" });
    await expect.poll(() => tour.textContent()).toContain("Finding 1 of 2");
    expect(await tour.textContent()).toContain("Campaign group Closers team");
    expect(await tour.textContent()).toContain("Expected name: Retention@Closers");
    expect(await tour.textContent()).toContain("group-name-mismatch");
    expect(
      await page.evaluate(() => document.documentElement.classList.contains("presenting")),
    ).toBe(true);

    await page.keyboard.press("ArrowRight");
    await expect.poll(() => tour.textContent()).toContain("Finding 2 of 2");
    expect(await tour.textContent()).toContain("Expected name: Sales@Team1");
    await expect
      .poll(() => page.locator(`.tree-card.is-selected[data-node-id="${TEAM_A}"]`).count())
      .toBe(1);
    await page.keyboard.press("PageUp");
    await expect.poll(() => tour.textContent()).toContain("Finding 1 of");
    await page.keyboard.press("PageDown");
    await expect.poll(() => tour.textContent()).toContain("Finding 2 of");
    await page.keyboard.press("Escape");
    await expect.poll(() => tour.count()).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.classList.contains("presenting")),
    ).toBe(false);
  });
});

describe.each(SCREENS)("the review tools at $width x $height, $colorScheme", (screen) => {
  it("compares, edits conventions, previews the report, saves the tree and presents with every control in view and on top", async () => {
    await withPageOn(
      csp.browser,
      screen,
      async (seen) => {
        const tool = (name: string) => seen.getByRole("button", { name, exact: true });
        /** In view once the page is scrolled to it (the tools' panels run below the fold), and on top. */
        const seenOnTop = (control: Locator, what: string) =>
          expectOnTop(control, what, { scrollPage: true });
        /** A review tool, pressed from the header's Tools row (folded on a phone). */
        const pressTool = async (name: string) => {
          await showHeaderTools(seen);
          await clickOnTop(tool(name), name);
        };
        await seen.goto(csp.server.url);
        await chooseFiles(seen.getByLabel("Open files…"), {
          name: "sales-two-misnamed.json",
          mimeType: "application/json",
          buffer: twoMisnamedGroups(),
        });
        await seen.getByRole("treeitem", { name: /^Team A/ }).waitFor();

        // The row of tools fits the screen: each is reached without scrolling it or the page sideways.
        await showHeaderTools(seen);
        const tools = seen.getByRole("group", { name: "Review", exact: true });
        expect(await sidewaysScroll(tools), "the tools' row scrolls sideways by").toBe(0);
        expect(await sidewaysScroll(seen.locator("html")), "the page scrolls sideways by").toBe(0);
        for (const name of ["Compare", "Conventions", "Report", "Present"]) {
          await seenOnTop(tool(name), name);
        }
        for (const name of ["Save the tree as SVG", "Save the tree as PNG"]) {
          await seenOnTop(seen.getByRole("button", { name }), name);
        }
        expect(await sidewaysScroll(tools), "the tools' row, once each tool was shown").toBe(0);
        await saveShot(seen, "review-tools", screen);

        await pressTool("Compare");
        for (const name of ["Before: paste…", "Load before"]) {
          await seenOnTop(seen.getByRole("button", { name }), name);
        }
        // The paste box over the comparison, drawn as the app's fields, its buttons in reach.
        await clickOnTop(seen.getByRole("button", { name: "Before: paste…" }), "Before: paste…");
        const paste = seen.getByRole("dialog", { name: "Paste a configuration" });
        const pasteBox = paste.getByRole("textbox");
        await seenOnTop(pasteBox, "the paste box");
        await pasteBox.fill("{}");
        for (const name of ["Cancel", "Open"]) {
          await seenOnTop(paste.getByRole("button", { name }), `the paste dialog's ${name}`);
        }
        await saveShot(seen, "review-paste", screen);
        await clickOnTop(
          paste.getByRole("button", { name: "Cancel" }),
          "the paste dialog's Cancel",
        );
        await paste.waitFor({ state: "hidden" });
        const address = seen.getByRole("textbox", { name: "Before: from a URL" });
        await seenOnTop(address, "Before: from a URL");
        const field = await inputAndAppInputStyle(address);
        expect(field.drawn, "the Before: from a URL field").toEqual(field.app);
        // The file input is hidden: its label is the control a person presses.
        const files = await seen.getByLabel("Before configuration files").getAttribute("id");
        await seenOnTop(seen.locator(`label[for="${files}"]`), "Before: choose files…");
        const sample = seen.getByRole("combobox", { name: "Before: a sample" });
        await seenOnTop(sample, "Before: a sample");
        // Drawn as the app's other selects are.
        const sampleStyle = await selectAndAppSelectStyle(sample);
        expect(sampleStyle.drawn, "the sample select").toEqual(sampleStyle.app);
        await saveShot(seen, "review-compare", screen);
        await clickOnTop(
          seen.getByRole("button", { name: "Close Compare with a snapshot" }),
          "Close the comparison",
        );

        await pressTool("Conventions");
        const editor = seen.getByRole("textbox", { name: /Conventions \(JSON\)/ });
        await seenOnTop(editor, "the conventions editor");
        // Drawn as the app's other fields are, in the monospaced type of code.
        const editorStyle = await inputAndAppInputStyle(editor);
        expect({ ...editorStyle.drawn, font: "mono" }, "the conventions editor").toEqual({
          ...editorStyle.app,
          font: "mono",
        });
        await seenOnTop(seen.getByRole("button", { name: "Apply" }), "Apply");
        await saveShot(seen, "review-conventions", screen);
        await clickOnTop(
          seen.getByRole("button", { name: "Close House naming conventions" }),
          "Close the conventions",
        );

        await pressTool("Report");
        const report = seen.getByRole("dialog");
        const frame = seen.frameLocator("iframe[title='Report preview']");
        await expect
          .poll(() => frame.locator("h1").textContent())
          .toBe("Campaign Lens review report");
        for (const name of ["Print…", "Download HTML", "Close"]) {
          await expectOnTop(report.getByRole("button", { name, exact: true }), name);
        }
        await saveShot(seen, "review-report", screen);
        await clickOnTop(report.getByRole("button", { name: "Close", exact: true }), "Close");
        await expect.poll(() => report.count()).toBe(0);

        await showHeaderTools(seen);
        for (const name of ["Save the tree as SVG", "Save the tree as PNG"]) {
          await seenOnTop(seen.getByRole("button", { name }), name);
        }
        const [svg] = await Promise.all([
          seen.waitForEvent("download"),
          seen.getByRole("button", { name: "Save the tree as SVG" }).click(),
        ]);
        expect(svg.suggestedFilename()).toBe("campaign-lens-tree-sales-two-misnamed.svg");

        await clickOnTop(tool("Present"), "Present");
        const tour = seen.getByRole("complementary", { name: "Guided tour" });
        await expect.poll(() => tour.textContent()).toContain("Finding 1 of 2");
        await expectOnTop(tour.locator(".tour-title"), "the finding's title");
        // What the finding is and the name it should have are read without scrolling the card.
        const unseen = await tour.evaluate((card) => {
          const frames = [card, card.querySelector(".tour-body")!].map((e) =>
            e.getBoundingClientRect(),
          );
          return [".tour-progress", ".tour-title", ".tour-message", ".tour-expected"].filter(
            (part) => {
              const box = card.querySelector(part)!.getBoundingClientRect();
              return frames.some((frame) => box.top < frame.top || box.bottom > frame.bottom + 0.5);
            },
          );
        });
        expect(unseen).toEqual([]);
        await clickOnTop(tour.getByRole("button", { name: "Next →" }), "Next");
        await expect.poll(() => tour.textContent()).toContain("Finding 2 of 2");
        await expectOnTop(tour.getByRole("button", { name: "← Previous" }), "Previous");
        // The last finding's Next waits, still under the pointer: its text stays readable.
        const next = tour.getByRole("button", { name: "Next →" });
        expect(await next.isDisabled()).toBe(true);
        expect(await contrastOf(next)).toBeGreaterThan(3);
        // A projector gets the light palette whatever the system's: the severity stays legible.
        expect(await contrastOf(tour.locator(".tour-severity"))).toBeGreaterThan(4.5);
        await saveShot(seen, "review-present", screen);
        await clickOnTop(
          tour.getByRole("button", { name: "End presentation (Esc)" }),
          "End presentation",
        );
        await expect.poll(() => tour.count()).toBe(0);
      },
      { acceptDownloads: true },
    );
  });
});
