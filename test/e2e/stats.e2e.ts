import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import type { NodeKind } from "../../src/model/hierarchy/NodeKind";
import { loadConfig } from "../../src/model/loadConfig";
import { simulationPlan } from "../../src/model/stats/simulationPlan";
import { createServer, type StatsServer } from "../../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS } from "../../src/node/server/ServerOptions";
import { clickOnTop } from "./support/clickOnTop";
import { inputAndAppInputStyle, selectAndAppSelectStyle } from "./support/drawnStyle";
import { saveShot } from "./support/saveShot";
import { sidewaysScroll } from "./support/sidewaysScroll";
import { expectOnTop } from "./support/expectOnTop";
import { launchChromium } from "./support/launchChromium";
import { nodesOf as nodesIn, type NodeView } from "./support/nodeViews";
import { seriousAxeViolations } from "./support/runAxe";
import { withPageOn } from "./support/newPageOn";
import { onTop } from "./support/onTop";
import { SCREENS, screenName, type Screen } from "./support/viewports";

const SAMPLE = "small-clean.json";
const SAMPLE_BYTES = new Uint8Array(readFileSync(resolve("public/samples", SAMPLE)));
const SECRET = "e2e-ocs-secret";
const TOKEN = "e2e-stats-token";
const hierarchy = buildHierarchy(loadConfig([{ path: SAMPLE, content: SAMPLE_BYTES }]), "campaign");

const nodesOf = (kind: NodeKind, under?: NodeView): NodeView[] =>
  nodesIn(hierarchy, kind, under?.node);

async function startLensServer(port = 0): Promise<StatsServer & { url: string }> {
  const server = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret: SECRET,
    token: TOKEN,
    staticRoot: resolve("dist"),
    configFiles: [{ name: SAMPLE, content: SAMPLE_BYTES }],
    knownGroups: simulationPlan(hierarchy).groups,
  });
  const url = await server.app.listen({ host: "127.0.0.1", port });
  return { ...server, url };
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  return browser.newPage({ viewport: { width: 1400, height: 900 } });
}

const connection = () => page.getByTestId("stats-connection").textContent();

/** Polls outside a test (expect.poll is for tests only). */
async function waitForConnection(text: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await connection().catch(() => null);
    if (last === text) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the indicator said "${last}", not "${text}"`);
}
/**
 * With the threshold editor open, the controls that close it are in view and on top: its own
 * close button, and beside the tree the legend's button that opened it (on a phone the editor
 * is a sheet over the whole screen, and the legend is behind it by design).
 */
async function expectThresholdControlsOnTop(seen: Page, screen: Screen): Promise<void> {
  const editor = seen.getByRole("dialog", { name: "Thresholds" });
  const controls = [
    editor.getByRole("button", { name: "Close the threshold editor" }),
    editor.getByRole("button", { name: "Add threshold" }),
    editor.getByRole("button", { name: "Reset to defaults" }),
  ];
  if (screen.width > 600) controls.push(seen.getByRole("button", { name: "Close thresholds" }));
  for (const control of controls) {
    const name = (await control.getAttribute("aria-label")) ?? (await control.textContent());
    expect(await onTop(control), `${name} at ${screenName(screen)}`).toEqual({
      inViewport: true,
      hit: true,
    });
  }
}

/** The names in the page's accessibility tree that a screen reader is given (not ignored). */
async function readByScreenReader(seen: Page): Promise<Set<string>> {
  const cdp = await seen.context().newCDPSession(seen);
  try {
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: { ignored: boolean; name?: { value?: unknown } }[];
    };
    return new Set(
      nodes.flatMap((node) =>
        !node.ignored && typeof node.name?.value === "string" ? [node.name.value] : [],
      ),
    );
  } finally {
    await cdp.detach();
  }
}

const cardChip = (node: NodeView, figure: string) =>
  page.locator(`.tree-card[data-node-id="${node.id}"] .stat-chip[data-figure="${figure}"]`);

describe("live statistics from the server", () => {
  let server: StatsServer & { url: string };
  const groups = nodesOf("campaignGroup");
  const group = groups[0]!;
  const [campaignName, groupName] = [group.statId!.split("@")[0]!, group.statId!.split("@")[1]!];

  beforeAll(async () => {
    server = await startLensServer();
    page = await newPage();
    // The bare address, as `npm start` prints it: the server sends it to its own configuration.
    await page.goto(server.url);
    expect(new URL(page.url()).searchParams.get("config")).toBe(`/api/config/0/${SAMPLE}`);
    await waitForConnection("Live: connected");
    await clickOnTop(page.getByRole("button", { name: "Fit" }), "Fit");
  });
  afterAll(async () => {
    await page?.close();
    await server?.app.close();
  });

  it("shows a campaign group turning Running within a second of an OCS POST", async () => {
    expect(await cardChip(group, "status").count()).toBe(0);
    const started = Date.now();
    const response = await fetch(`${server.url}/api/ocs/campaign-group-state?secret=${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        GSW_TENANT_NAME: "Environment",
        GSW_CAMPAIGN_NAME: campaignName,
        GSW_GROUP_NAME: groupName,
        GSW_DIAL_MODE: 1,
        GSW_STAT_OVERDIAL_RATE: 0.045,
      }),
    });
    expect(response.status).toBe(202);
    await page
      .locator(
        `.tree-card[data-node-id="${group.id}"] .stat-chip[data-figure="status"][data-value="Running"]`,
      )
      .waitFor({ timeout: 1000 });
    expect(Date.now() - started).toBeLessThan(1000);
    // 4.5% abandoned is over the 3% limit: the chip is an alarm.
    await expect
      .poll(() => cardChip(group, "overdialRate").getAttribute("data-level"))
      .toBe("alarm");
    // The campaign's status is derived from its group.
    const campaign = nodesOf("campaign").find((c) => c.statId === campaignName)!;
    await expect
      .poll(() => cardChip(campaign, "status").getAttribute("data-value"))
      .toBe("Running");
  });

  it("lists figures for an id the configuration does not have as statistics for unknown objects", async () => {
    await fetch(`${server.url}/api/stats`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([
        {
          objectType: "CampaignGroup",
          objectId: `${campaignName} ${groupName}`,
          statistic: "Status",
          value: "Running",
        },
      ]),
    });
    await clickOnTop(
      page.getByText(/^Statistics for unknown objects \(1\)$/),
      "the unknown objects' summary",
    );
    await expect
      .poll(() => page.getByRole("list", { name: "Statistics for unknown objects" }).textContent())
      .toContain(`CampaignGroup ${campaignName} ${groupName}: Status`);
  });

  it("shows reconnecting when the server stops, and recovers every figure when it starts again", async () => {
    const port = Number(new URL(server.url).port);
    await server.app.close();
    await expect.poll(connection, { timeout: 10_000 }).toMatch(/^Live: reconnecting/);

    server = await startLensServer(port);
    const statuses = ["Activated", "Running", "Deactivated"];
    const agents = nodesOf("agent");
    const states = ["Ready", "Busy", "NotReady", "AfterCallWork", "LoggedOut"];
    const lists = nodesOf("campaignCallingList");
    const batch = [
      ...groups.map((g, i) => ({
        objectType: "CampaignGroup",
        objectId: g.statId,
        statistic: "Status",
        value: statuses[i % 3],
      })),
      ...agents.map((a, i) => ({
        objectType: "Agent",
        objectId: a.statId,
        statistic: "State",
        value: states[i % 5],
      })),
      ...lists.map((l, i) => ({
        objectType: "CampaignCallingList",
        objectId: l.statId,
        statistic: "RecordsReady",
        value: 1000 + i,
      })),
    ];
    const posted = await fetch(`${server.url}/api/stats`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(batch),
    });
    expect(posted.status).toBe(202);
    await expect.poll(connection, { timeout: 10_000 }).toBe("Live: connected");

    for (const [i, g] of groups.entries()) {
      await expect
        .poll(() => cardChip(g, "status").getAttribute("data-value"))
        .toBe(statuses[i % 3]);
    }
    for (const [i, l] of lists.entries()) {
      await expect
        .poll(() => cardChip(l, "recordsReady").textContent())
        .toBe(`Records ${(1000 + i).toLocaleString("en-US")}`);
    }
    // Agents appear under every team that lists them; the last state posted for an id wins.
    const stateOf = new Map(
      batch.filter((u) => u.objectType === "Agent").map((u) => [u.objectId, u.value]),
    );
    for (const campaign of nodesOf("campaign")) {
      const ready = nodesOf("agent", campaign).filter(
        (a) => stateOf.get(a.statId!) === "Ready",
      ).length;
      await expect
        .poll(() => cardChip(campaign, "agentsReady").textContent())
        .toBe(`Ready ${ready}`);
    }
    // Nothing of the stopped instance is left over (groups[0] was Running before the restart).
    expect(await page.getByText(/^Statistics for unknown objects/).count()).toBe(0);
  });
});

describe("simulated statistics in the browser", () => {
  let server: StatsServer & { url: string };
  const address = () =>
    `${server.url}/?stats=simulated&config=${encodeURIComponent(`/api/config/0/${SAMPLE}`)}`;

  beforeAll(async () => {
    server = await startLensServer();
    page = await newPage();
    // Every text the connection status shows, with when, from the first render on.
    await page.addInitScript(`window.__statusLog = [];
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="stats-connection"]')?.textContent;
        const log = window.__statusLog;
        if (text && log[log.length - 1]?.[0] !== text) log.push([text, performance.now()]);
      }).observe(document, { subtree: true, childList: true, characterData: true });`);
    await page.goto(address());
    await waitForConnection("Simulated: running");
    await clickOnTop(page.getByRole("button", { name: "Fit" }), "Fit");
  });
  afterAll(async () => {
    await page?.close();
    await server?.app.close();
  });

  it("warms the simulation up once the tree has painted, saying so, then runs it", async () => {
    const { log, paint } = (await page.evaluate(`({
      log: window.__statusLog,
      paint: performance.getEntriesByName("campaign-lens:first-tree-paint")[0]?.startTime,
    })`)) as { log: [string, number][]; paint: number };
    const texts = log.map(([text]) => text);
    const warming = texts.indexOf("Simulated: warming up the simulation");
    const running = texts.indexOf("Simulated: running");
    expect(warming).toBeGreaterThanOrEqual(0);
    expect(running).toBeGreaterThan(warming);
    expect(log[running]![1]).toBeGreaterThan(paint);
  });

  it("rolls up: every campaign's agents ready equals the sum of its groups' at the same moment", async () => {
    const campaigns = nodesOf("campaign");
    for (let sample = 0; sample < 5; sample += 1) {
      const ids = campaigns.map((c) => ({
        id: c.id,
        groups: hierarchy
          .children(c.node)
          .filter((g) => hierarchy.kind(g) === "campaignGroup")
          .map((g) => hierarchy.pathOf(g)),
      }));
      // Read every chip in one task, so that no frame commits between the reads.
      const readings = await page.evaluate((all) => {
        const ready = (id: string) => {
          const text = document.querySelector(
            `.tree-card[data-node-id="${CSS.escape(id)}"] .stat-chip[data-figure="agentsReady"]`,
          )?.textContent;
          return text === undefined || text === null ? null : Number(text.replace(/\D/g, ""));
        };
        return all.map((c) => ({ campaign: ready(c.id), groups: c.groups.map(ready) }));
      }, ids);
      for (const reading of readings) {
        expect(reading.campaign).not.toBeNull();
        expect(reading.campaign).toBe(reading.groups.reduce<number>((sum, r) => sum + (r ?? 0), 0));
      }
      await page.waitForTimeout(700);
    }
  });

  it("has no serious or critical accessibility violations with figures, stale marks and the legend on screen", async () => {
    await expect.poll(() => page.locator(".stat-chip").count()).toBeGreaterThan(10);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("shows the selected group's figures and history in the inspector", async () => {
    const group = nodesOf("campaignGroup")[0]!;
    await clickOnTop(page.locator(`.tree-card[data-node-id="${group.id}"]`), "the group's card");
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    await expect
      .poll(() => inspector.getByRole("heading", { name: /^Statistics/ }).count())
      .toBe(1);
    await expect
      .poll(() => inspector.locator('dd[data-figure="status"]').textContent())
      .toMatch(/Running|Activated|Deactivated/);
    await expect
      .poll(() => inspector.getByRole("img", { name: /over the last/ }).count(), { timeout: 8000 })
      .toBe(1);
  });

  it("colours a figure by a threshold the user edits, and keeps the edit after a reload", async () => {
    await clickOnTop(page.getByRole("button", { name: "Edit thresholds" }), "Edit thresholds");
    const add = page.getByRole("button", { name: "Add threshold" });
    const rows = page.locator(".threshold-editor .threshold-rule");
    const before = await rows.count();
    await clickOnTop(add, "Add threshold");
    // The store draws at most once per frame: until the new row is drawn, `last()` would be
    // the previous threshold's row.
    await expect.poll(() => rows.count()).toBe(before + 1);
    const last = rows.last();
    const choose = async (label: RegExp, what: string, option: string) => {
      const select = last.getByLabel(label);
      await expectOnTop(select, what, { scrollPage: true });
      await select.selectOption(option);
    };
    await choose(/^Node kind of threshold/, "the new threshold's node kind", "campaign");
    await choose(/^Figure of threshold/, "the new threshold's figure", "agentsReady");
    await choose(/^Comparison of threshold/, "the new threshold's comparison", "above");
    const value = last.getByLabel("Value of threshold on campaign Agents ready");
    await expectOnTop(value, "the new threshold's value", { scrollPage: true });
    await value.fill("-1");
    await expect.poll(() => value.inputValue()).toBe("-1");
    await choose(/^Level of threshold/, "the new threshold's level", "alarm");
    const campaign = nodesOf("campaign")[0]!;
    await expect
      .poll(() => cardChip(campaign, "agentsReady").getAttribute("data-level"))
      .toBe("alarm");
    await page.goto(address());
    await expect.poll(connection, { timeout: 10_000 }).toBe("Simulated: running");
    await clickOnTop(page.getByRole("button", { name: "Fit" }), "Fit");
    await expect
      .poll(() => cardChip(campaign, "agentsReady").getAttribute("data-level"))
      .toBe("alarm");
  });
});

describe("the statistics' controls on every screen", () => {
  let server: StatsServer & { url: string };
  const group = nodesOf("campaignGroup")[0]!;
  const unknownId = group.statId!.replace("@", " ");
  // One word longer than a phone is wide, as generated ids often are.
  const longUnknownId = `${group.statId!}_Outbound_Winback_Premium_Customers_Region_North_Overflow`;

  beforeAll(async () => {
    server = await startLensServer();
    // Figures for one of the configuration's groups and for ids it does not have (the same
    // group spelled with a space instead of "@", and with a long suffix): the legend lists
    // those apart.
    const posted = await fetch(`${server.url}/api/stats`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([
        {
          objectType: "CampaignGroup",
          objectId: group.statId,
          statistic: "Status",
          value: "Running",
        },
        { objectType: "CampaignGroup", objectId: unknownId, statistic: "Status", value: "Running" },
        {
          objectType: "CampaignGroup",
          objectId: longUnknownId,
          statistic: "Status",
          value: "Running",
        },
      ]),
    });
    expect(posted.status).toBe(202);
  });
  afterAll(async () => {
    await server?.app.close();
  });

  it("keeps the threshold editor on screen on a page that scrolls the legend to the top", async () => {
    // Between a phone and a laptop the panes stack and the page scrolls: the editor, fixed to
    // the screen, must not follow the legend out of it.
    const seen = await browser.newPage({ viewport: { width: 800, height: 600 } });
    try {
      await seen.goto(server.url);
      await seen.getByRole("tree", { name: "Hierarchy outline" }).waitFor();
      // The inspector, stacked under the tree, gives the page room to scroll the legend away.
      await clickOnTop(
        seen.getByRole("treeitem", { name: new RegExp(`^${group.name}\\s?, Campaign group`) }),
        "the group's row",
      );
      await seen.getByRole("complementary", { name: "Inspector" }).waitFor();
      const toggle = seen.getByRole("button", { name: "Edit thresholds" });
      await clickOnTop(toggle, "Edit thresholds");
      const close = seen.getByRole("button", { name: "Close the threshold editor" });
      // Read where it is, not scrolled to as `onTop` would: the page's scroll is the test.
      const seenWhole = () =>
        close.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return box.top >= 0 && box.bottom <= innerHeight && hit !== null && element.contains(hit);
        });
      expect(await seenWhole(), "beside the legend").toBe(true);
      await seen.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      // Too near the top for the editor to fit above it: the editor stays on screen regardless.
      const legend = seen.getByRole("region", { name: "Statistics legend" });
      await expect
        .poll(() => legend.evaluate((e) => e.getBoundingClientRect().top < 200))
        .toBe(true);
      await expect.poll(seenWhole, { message: "with the legend near the top" }).toBe(true);
      await seen.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(seenWhole, { message: "with the page scrolled to its top" }).toBe(true);
    } finally {
      await seen.close();
    }
  });

  describe.each(SCREENS)("at $width x $height, $colorScheme", (screen) => {
    it("shows the source, the legend, the unknown objects, the thresholds and a group's figures in view and on top", async () => {
      await withPageOn(browser, screen, async (seen) => {
        await seen.goto(server.url);
        await seen.getByRole("tree", { name: "Hierarchy outline" }).waitFor();
        const status = seen.getByTestId("stats-connection");
        await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe("Live: connected");
        await expectOnTop(status, "the connection status");
        const sourceSelect = seen.getByRole("combobox", { name: "Statistics source" });
        await expectOnTop(sourceSelect, "the source");
        const { drawn, app } = await selectAndAppSelectStyle(sourceSelect);
        expect(drawn, "the source select").toEqual(app);

        // A group chosen in the outline, as on a phone, where the drawing shows no card at first.
        await clickOnTop(
          seen.getByRole("treeitem", { name: new RegExp(`^${group.name}\\s?, Campaign group`) }),
          "the group's row",
        );
        const inspector = seen.getByRole("complementary", { name: "Inspector" });
        const heading = inspector.getByRole("heading", { name: /^Statistics/ });
        await expect.poll(() => heading.count()).toBe(1);
        await expectOnTop(heading, "the inspector's statistics", { scrollPage: true });
        await saveShot(seen, "stats-inspector", screen);
        await clickOnTop(seen.getByRole("button", { name: "Fit" }), "Fit");

        const unknown = seen.getByText(/^Statistics for unknown objects \(2\)$/);
        await expect.poll(() => unknown.count()).toBe(1);
        await clickOnTop(unknown, "the unknown objects' summary");
        const list = seen.getByRole("list", { name: "Statistics for unknown objects" });
        await expectOnTop(list, "the unknown objects' list", { scrollPage: true });
        expect(await list.textContent()).toContain(`CampaignGroup ${unknownId}: Status`);
        expect(await list.textContent()).toContain(`CampaignGroup ${longUnknownId}: Status`);
        // The long id wraps in the list rather than widen the legend past a phone's width.
        expect(
          await sidewaysScroll(seen.locator("html")),
          "the page with the unknown objects listed scrolls sideways by",
        ).toBe(0);
        await saveShot(seen, "stats-legend", screen);

        const treeDrawing = seen.locator(".tree-stage");
        const drawnBefore = (await treeDrawing.boundingBox())!.height;
        await clickOnTop(seen.getByRole("button", { name: "Edit thresholds" }), "Edit thresholds");
        const editor = seen.getByRole("dialog", { name: "Thresholds" });
        await expectOnTop(
          editor.getByRole("heading", { name: "Thresholds" }),
          "the editor's title",
        );
        await expectThresholdControlsOnTop(seen, screen);
        expect(await sidewaysScroll(seen.locator("html")), "the page scrolls sideways by").toBe(0);
        // The tree keeps its drawing whole: the editor lies over the workbench, beside the tree
        // where there is room, and on a phone as a sheet over the whole screen.
        expect((await treeDrawing.boundingBox())!.height).toBe(drawnBefore);
        const sheet = (await editor.boundingBox())!;
        if (screen.width <= 600) {
          expect(sheet).toEqual({ x: 0, y: 0, width: screen.width, height: screen.height });
        } else {
          await expectOnTop(
            seen.getByRole("region", { name: /^Tree drawing/ }),
            "the tree drawing",
          );
        }
        const rows = seen.locator(".threshold-editor .threshold-rule");
        const before = await rows.count();
        await clickOnTop(seen.getByRole("button", { name: "Add threshold" }), "Add threshold");
        await expect.poll(() => rows.count()).toBe(before + 1);
        const added = rows.last();
        for (const label of [/^Node kind of threshold/, /^Figure of threshold/, /^Comparison/]) {
          await expectOnTop(added.getByLabel(label), `the new threshold's ${label.source}`, {
            scrollPage: true,
          });
        }
        await expectOnTop(added.getByLabel(/^Value of threshold/), "the new threshold's value", {
          scrollPage: true,
        });
        const value = await inputAndAppInputStyle(added.getByLabel(/^Value of threshold/));
        expect(value.drawn, "the new threshold's value field").toEqual(value.app);
        await expectOnTop(added.getByLabel(/^Level of threshold/), "the new threshold's level", {
          scrollPage: true,
        });
        for (const name of ["Add threshold", "Reset to defaults"]) {
          await expectOnTop(editor.getByRole("button", { name }), name, { scrollPage: true });
        }
        // A rule more makes the panel taller; it grows upwards, still clear of the legend.
        await expectThresholdControlsOnTop(seen, screen);
        await saveShot(seen, "stats-thresholds", screen);
        await clickOnTop(
          editor.getByRole("button", { name: "Close the threshold editor" }),
          "the editor's close control",
        );
        await expect.poll(() => editor.count()).toBe(0);
        expect((await treeDrawing.boundingBox())!.height).toBe(drawnBefore);
        await expectOnTop(
          seen.getByRole("button", { name: "Edit thresholds" }),
          "Edit thresholds",
          {
            scrollPage: true,
          },
        );

        // The simulation is the other source, chosen where the status is shown.
        const source = seen.getByRole("combobox", { name: "Statistics source" });
        await expectOnTop(source, "the source", { scrollPage: true });
        await source.selectOption("simulated");
        await expect
          .poll(() => status.textContent(), { timeout: 15_000 })
          .toBe("Simulated: running");
        await expectOnTop(status, "the simulation's status", { scrollPage: true });
        await saveShot(seen, "stats-simulated", screen);
      });
    });

    it("makes the threshold editor modal on a phone, and leaves the tree in reach beside it on a wider screen", async () => {
      await withPageOn(browser, screen, async (seen) => {
        await seen.goto(server.url);
        await seen.getByRole("tree", { name: "Hierarchy outline" }).waitFor();
        await clickOnTop(seen.getByRole("button", { name: "Fit" }), "Fit");
        const toggle = seen.getByRole("button", { name: "Edit thresholds" });
        await clickOnTop(toggle, "Edit thresholds");
        const editor = seen.getByRole("dialog", { name: "Thresholds" });
        await editor.waitFor();
        const focusInEditor = () => editor.evaluate((e) => e.contains(document.activeElement));
        // Found by what they are rather than by role: behind a modal sheet they have no role.
        const behind = [
          seen.locator(".stats-legend button", { hasText: /^Close thresholds$/ }),
          seen.locator(".search input"),
          seen.locator("[role=treeitem]").first(),
          seen.locator("button", { hasText: /^Fit$/ }),
        ];

        if (screen.width <= 600) {
          expect(await editor.evaluate((e) => e.matches(":modal"))).toBe(true);
          // Tab from the last control, and Shift+Tab from the first, go round the sheet.
          await editor.getByRole("button", { name: "Reset to defaults" }).focus();
          for (let i = 0; i < 3; i++) {
            await seen.keyboard.press("Tab");
            expect(await focusInEditor(), `focus after Tab ${i + 1} is in the sheet`).toBe(true);
          }
          await editor.getByRole("button", { name: "Close the threshold editor" }).focus();
          await seen.keyboard.press("Shift+Tab");
          expect(await focusInEditor(), "focus after Shift+Tab is in the sheet").toBe(true);
          // What the sheet covers is inert: a screen reader is not shown it, it takes no focus,
          // and no point of the screen hits it.
          const read = await readByScreenReader(seen);
          expect(read.has("Close the threshold editor"), "the sheet is read").toBe(true);
          for (const name of ["Close thresholds", "Hierarchy outline", "Fit"]) {
            expect(read.has(name), `${name}, behind the sheet, is read`).toBe(false);
          }
          for (const control of behind) {
            const taken = await control.evaluate((e) => {
              (e as HTMLElement).focus();
              return document.activeElement === e;
            });
            expect(await control.count(), `${control.toString()} is there`).toBe(1);
            expect(taken, `${control.toString()} takes the focus`).toBe(false);
          }
          const hits = await editor.evaluate((sheet) => {
            const outside: string[] = [];
            for (let x = 5; x < innerWidth; x += innerWidth / 8) {
              for (let y = 5; y < innerHeight; y += innerHeight / 12) {
                const hit = document.elementFromPoint(x, y);
                if (hit === null || !sheet.contains(hit))
                  outside.push(`${Math.round(x)},${Math.round(y)}: ${hit?.tagName ?? "nothing"}`);
              }
            }
            return outside;
          });
          expect(hits, "points of the screen outside the sheet").toEqual([]);
          // Its controls are pressed with a finger: touch-sized, in the app's type size.
          const small = await editor.evaluate((sheet) =>
            [
              ...sheet.querySelectorAll<HTMLElement>(
                "button, select, input:not([type=checkbox]), .threshold-enable",
              ),
            ]
              .filter(
                (e) =>
                  e.getBoundingClientRect().height < 44 ||
                  parseFloat(getComputedStyle(e).fontSize) < 15,
              )
              .map((e) => e.getAttribute("aria-label") ?? e.textContent),
          );
          expect(small, "controls smaller than a finger or the app's type").toEqual([]);
          await saveShot(seen, "stats-threshold-sheet", screen);
        } else {
          expect(await editor.evaluate((e) => e.matches(":modal"))).toBe(false);
          // The tree beside the panel still takes a click, the panel staying open.
          const card = await seen.evaluate(() => {
            for (const card of document.querySelectorAll<HTMLElement>(".tree-card")) {
              const box = card.getBoundingClientRect();
              const x = box.left + box.width / 2;
              const y = box.top + box.height / 2;
              if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
              const hit = document.elementFromPoint(x, y);
              if (hit !== null && card.contains(hit) && !card.classList.contains("is-selected"))
                return card.dataset.nodeId ?? null;
            }
            return null;
          });
          expect(card, "a tree card beside the panel").not.toBeNull();
          const selector = `.tree-card[data-node-id="${card}"]`;
          await clickOnTop(seen.locator(selector), "a tree card beside the panel");
          await expect.poll(() => seen.locator(`${selector}.is-selected`).count()).toBe(1);
          expect(await editor.count(), "the panel, once the tree was clicked").toBe(1);
          const closeToggle = seen.getByRole("button", { name: "Close thresholds" });
          await closeToggle.focus();
          expect(await closeToggle.evaluate((e) => document.activeElement === e)).toBe(true);
          await editor.getByRole("button", { name: "Add threshold" }).focus();
        }

        // Escape hands the screen back, and the focus to what opened the editor.
        await seen.keyboard.press("Escape");
        await expect.poll(() => editor.count()).toBe(0);
        expect(await toggle.evaluate((e) => document.activeElement === e)).toBe(true);
        const search = seen.getByRole("combobox", { name: "Search by name or Stat Server id" });
        await search.focus();
        expect(await search.evaluate((e) => document.activeElement === e), "search focused").toBe(
          true,
        );
      });
    });
  });
});
