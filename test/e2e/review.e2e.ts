import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Download, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { chooseFiles } from "./support/chooseFiles";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { clickOnTop } from "./support/clickOnTop";
import { expectOnTop } from "./support/expectOnTop";

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

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function downloadFrom(button: string): Promise<{ name: string; bytes: Buffer }> {
  const control = page.getByRole("button", { name: button });
  await expectOnTop(control, button, { scrollPage: true });
  const [file] = await Promise.all([page.waitForEvent("download"), control.click()]);
  return { name: file.suggestedFilename(), bytes: await bytesOf(file) };
}

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

    const { name, bytes } = await downloadFrom("Download HTML");
    expect(name).toBe("campaign-lens-report-sales.html");
    const html = bytes.toString("utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<script/i);
  });

  it("exports the open tree as an SVG document and as a PNG twice its size", async () => {
    await pick("Open files…", SALES);
    await expect.poll(() => treeitem(/^Team A/).count()).toBe(1);
    const svg = await downloadFrom("Save the tree as SVG");
    expect(svg.name).toBe("campaign-lens-tree-sales.svg");
    const text = svg.bytes.toString("utf8");
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(text).toContain(">Team A</text>");
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(text)!.map(Number);
    expect(width).toBeGreaterThan(600);

    const png = await downloadFrom("Save the tree as PNG");
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
