import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickOnTop } from "./support/clickOnTop";
import { inputAndAppInputStyle, selectAndAppSelectStyle } from "./support/drawnStyle";
import { saveShot } from "./support/saveShot";
import { dropFiles } from "./support/dropFiles";
import { expectOnTop } from "./support/expectOnTop";
import { seriousAxeViolations } from "./support/runAxe";
import { chromiumUnderCsp } from "./support/chromiumUnderCsp";
import { openText } from "./support/openText";
import { newPageOn } from "./support/newPageOn";
import { SCREENS, type Screen } from "./support/viewports";

const SALES = readFileSync(resolve("test/ui/fixtures/sales.json"));

const csp = chromiumUnderCsp();

/**
 * Thresholds the simulated figures are sure to cross, so cells show both colours: a running
 * group is an alarm, one waiting for nothing a warning.
 */
const CROSSED = JSON.stringify([
  {
    id: "running",
    kind: "campaignGroup",
    figure: "status",
    op: "is",
    value: "Running",
    level: "alarm",
    enabled: true,
  },
  {
    id: "idle",
    kind: "campaignGroup",
    figure: "waiting",
    op: "is",
    value: "None",
    level: "warning",
    enabled: true,
  },
]);

async function freshPage(
  screen: Screen,
  query: string,
  options: { readonly crossed?: boolean } = {},
): Promise<Page> {
  const page = await newPageOn(csp.browser, screen);
  if (options.crossed) {
    await page.addInitScript(
      `localStorage.setItem("campaign-lens:thresholds", ${JSON.stringify(CROSSED)})`,
    );
  }
  await page.goto(`${csp.server.url}/${query}`);
  return page;
}

async function openSales(page: Page): Promise<void> {
  await openText(page, "sales.json", SALES);
}

/**
 * Whether the control is hidden by the wallboard: what is drawn at its centre belongs to the
 * wallboard, or its centre is out of view (a phone's header scrolls sideways).
 */
async function coveredByWallboard(control: Locator): Promise<string> {
  return control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return "out of view";
    const hit = document.elementFromPoint(x, y);
    if (hit !== null && (hit === element || element.contains(hit))) return "on top";
    return hit?.closest("dialog.grid-wallboard") ? "under the wallboard" : "elsewhere";
  });
}

const rowNamed = (page: Page, name: string) =>
  page
    .getByRole("grid")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) });

describe.each(SCREENS)("the grid at $width x $height, $colorScheme", (screen) => {
  it("switches the centre to the grid, sorts by a header, chooses columns and selects a row for the outline and the inspector", async () => {
    const page = await freshPage(screen, "?stats=simulated");
    await openSales(page);
    await page.getByRole("treeitem", { name: /^Team A/ }).waitFor();
    const switcher = page.getByRole("group", { name: "Centre view" });
    await clickOnTop(switcher.getByRole("button", { name: "Grid" }), "the Grid switch");
    expect(new URL(page.url()).searchParams.get("main")).toBe("grid");
    const grid = page.getByRole("grid", { name: "Campaign groups" });
    await rowNamed(page, "Retention@Closers").waitFor();
    await expectOnTop(switcher.getByRole("button", { name: "Tree" }), "the Tree switch", {
      scrollPage: true,
    });
    // Its selects are drawn as the app's are, not as the browser's own.
    for (const name of ["Objects", "Show"]) {
      const { drawn, app } = await selectAndAppSelectStyle(page.getByRole("combobox", { name }));
      expect(drawn, `the grid's ${name} select`).toEqual(app);
    }
    const filter = await inputAndAppInputStyle(page.getByRole("searchbox", { name: "Filter" }));
    expect(filter.drawn, "the grid's Filter field").toEqual(filter.app);
    // Figures arrive from the simulator; the cells show them, not dashes.
    await expect
      .poll(() =>
        rowNamed(page, "Retention@Closers").locator('[data-figure="status"]').textContent(),
      )
      .toMatch(/Running|Activated|Deactivated/);

    for (const name of ["Name", "Overdial rate"]) {
      await expectOnTop(
        grid.getByRole("columnheader").getByRole("button", { name: new RegExp(`^${name}`) }),
        `the ${name} sort button`,
        { scrollPage: true },
      );
    }
    const overdial = grid.getByRole("columnheader", { name: /^Overdial rate/ });
    await clickOnTop(overdial.getByRole("button"), "the Overdial rate sort button");
    await expect.poll(() => overdial.getAttribute("aria-sort")).toBe("descending");
    await clickOnTop(overdial.getByRole("button"), "the Overdial rate sort button");
    await expect.poll(() => overdial.getAttribute("aria-sort")).toBe("ascending");
    await saveShot(page, "grid-sorted", screen);

    const columns = page.getByRole("button", { name: /^Columns/ });
    await expectOnTop(columns, "the column chooser", { scrollPage: true });
    await columns.click();
    const chooser = page.getByRole("group", { name: "Figures shown as columns" });
    const dialed = chooser.getByRole("checkbox", { name: "Dialed" });
    // The chooser opens in the page, not as a dialog: on a phone a person scrolls to its end.
    await expectOnTop(dialed, "the Dialed column's checkbox", { scrollPage: true });
    await dialed.check();
    await expect.poll(() => grid.getByRole("columnheader", { name: /^Dialed/ }).count()).toBe(1);
    await expectOnTop(
      chooser.getByRole("button", { name: "Default columns" }),
      "the chooser's Default columns",
      { scrollPage: true },
    );
    await saveShot(page, "grid-columns", screen);
    await page.keyboard.press("Escape");
    await expect.poll(() => chooser.count()).toBe(0);

    const row = rowNamed(page, "Retention@Team1");
    await expectOnTop(row.getByRole("rowheader"), "a row of the grid", { scrollPage: true });
    await row.getByRole("rowheader").click();
    await expect.poll(() => row.getAttribute("aria-selected")).toBe("true");
    await expect
      .poll(() =>
        page.getByRole("treeitem", { name: /^Retention@Team1/ }).getAttribute("aria-selected"),
      )
      .toBe("true");
    await expect
      .poll(() =>
        page
          .getByRole("complementary", { name: "Inspector" })
          .getByRole("heading", { level: 2 })
          .textContent(),
      )
      .toBe("Retention@Team1");
    await saveShot(page, "grid-selected", screen);

    // The keyboard moves the active row and Enter selects it.
    await grid.focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    const first = grid.getByRole("row").nth(1);
    await expect.poll(() => first.getAttribute("aria-selected")).toBe("true");
    await page.close();
  });

  it("shows the wallboard with nothing on it but a small exit, from the grid or a link, through a reload, and leaves it with Esc", async () => {
    const page = await freshPage(screen, "?stats=simulated&main=grid", { crossed: true });
    await openSales(page);
    await rowNamed(page, "Retention@Closers").waitFor();
    const closersStatus = rowNamed(page, "Retention@Closers").locator('[data-figure="status"]');
    await expect.poll(() => closersStatus.getAttribute("data-level")).toBe("alarm");
    await expect
      .poll(() => closersStatus.getAttribute("title"))
      .toBe("Status: Running (alarm: is Running)");
    const wallboardButton = page.getByRole("button", { name: "Wallboard" });
    await expectOnTop(wallboardButton, "the Wallboard button", { scrollPage: true });
    await wallboardButton.click();
    const wall = page.locator("dialog.grid-wallboard");
    await wall.waitFor();
    expect(new URL(page.url()).searchParams.get("wallboard")).toBe("1");
    const exit = wall.getByRole("button", { name: /Exit wallboard/ });
    await expectOnTop(exit, "the wallboard's exit");
    await expectOnTop(
      wall
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: "Retention@Closers", exact: true }) })
        .getByRole("rowheader"),
      "a wallboard row",
    );
    expect(await wall.getByRole("button").count()).toBe(1);
    expect(await wall.locator("input, select, textarea").count()).toBe(0);
    for (const control of [
      page.getByRole("button", { name: "Open files…", includeHidden: true }),
      page.getByRole("button", { name: "Compare", includeHidden: true }),
      page.getByRole("button", { name: "Grid", includeHidden: true }),
    ]) {
      expect(["under the wallboard", "out of view"]).toContain(await coveredByWallboard(control));
    }
    await expect.poll(() => wall.getByRole("status").textContent()).toBe("Simulated");
    await saveShot(page, "grid-wallboard", screen);
    await page.keyboard.press("Escape");
    await expect.poll(() => wall.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("wallboard")).toBeNull();
    await rowNamed(page, "Retention@Closers").waitFor();
    await page.close();

    // A wall screen pointed at a link opens straight on the wallboard, and keeps it when the
    // configuration is opened again: the wallboard covers "Open files…", so a person drops the
    // file on it.
    const linked = await freshPage(screen, "?stats=simulated&main=grid&wallboard=1");
    await openSales(linked);
    const linkedWall = linked.locator("dialog.grid-wallboard");
    await linkedWall.getByRole("rowheader", { name: "Retention@Closers", exact: true }).waitFor();
    await dropFiles(linkedWall, "the wallboard", [
      { name: "sales.json", mimeType: "application/json", buffer: SALES },
    ]);
    await expect
      .poll(() =>
        linked.evaluate(
          () => performance.getEntriesByName("campaign-lens:file-chosen", "mark").length,
        ),
      )
      .toBe(2);
    await expect
      .poll(() =>
        linked.evaluate(
          () => performance.getEntriesByName("campaign-lens:analysis-ready", "mark").length,
        ),
      )
      .toBe(2);
    await linkedWall.getByRole("rowheader", { name: "Retention@Closers", exact: true }).waitFor();
    await expectOnTop(
      linkedWall.getByRole("button", { name: /Exit wallboard/ }),
      "the exit after a reload",
    );
    await linkedWall.getByRole("button", { name: /Exit wallboard/ }).click();
    await expect.poll(() => linkedWall.count()).toBe(0);
    await linked.close();
  });
});

describe("accessibility of the grid and the wallboard", () => {
  it.each([SCREENS[0], SCREENS[1]])(
    "has no serious or critical violations ($colorScheme)",
    async (screen) => {
      const page = await freshPage(screen, "?stats=simulated&main=grid", { crossed: true });
      await openSales(page);
      await rowNamed(page, "Retention@Closers").waitFor();
      await clickOnTop(
        page.getByRole("grid").getByRole("row").nth(2).getByRole("rowheader"),
        "a row of the grid",
      );
      await clickOnTop(page.getByRole("button", { name: /^Columns/ }), "the column chooser");
      expect(await seriousAxeViolations(page)).toEqual([]);
      await clickOnTop(page.getByRole("button", { name: "Wallboard" }), "the Wallboard button");
      await page.locator("dialog.grid-wallboard").waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
