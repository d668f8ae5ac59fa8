// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import {
  columnsOf,
  DEFAULT_GRID_SETTINGS,
  loadGridSettings,
  saveGridSettings,
} from "../../../../src/ui/stats/grid/gridSettings";

const KEY = "campaign-lens:grid";

afterEach(() => localStorage.clear());

describe("grid settings", () => {
  it("are the defaults when nothing is saved", () => {
    expect(loadGridSettings()).toEqual(DEFAULT_GRID_SETTINGS);
    expect(columnsOf(DEFAULT_GRID_SETTINGS, "campaignGroup")).toEqual([
      "status",
      "waiting",
      "agentsReady",
      "busyFactor",
      "overdialRate",
    ]);
  });

  it("come back as saved: kind, chosen columns, order and filter", () => {
    const settings = {
      kind: "campaign" as const,
      columns: { campaign: ["overdialRate", "status"] as const },
      sort: { by: "overdialRate" as const, descending: true },
      filter: { text: "Sales", level: "alarm" as const },
    };
    saveGridSettings(settings);
    const loaded = loadGridSettings();
    expect(loaded).toEqual(settings);
    // In the chooser's order, whatever order they were saved in.
    expect(columnsOf(loaded, "campaign")).toEqual(["status", "overdialRate"]);
    expect(columnsOf(loaded, "groupAgents")).toEqual([
      "agentsLoggedIn",
      "agentsReady",
      "agentsBusy",
      "agentsNotReady",
    ]);
  });

  it("drop a saved column the kind does not have", () => {
    const settings = {
      ...DEFAULT_GRID_SETTINGS,
      columns: { groupAgents: ["overdialRate", "agentsReady"] },
    };
    saveGridSettings(settings as typeof DEFAULT_GRID_SETTINGS);
    expect(columnsOf(loadGridSettings(), "groupAgents")).toEqual(["agentsReady"]);
  });

  it.each([
    ["text that is not JSON", "{ not json"],
    ["JSON of another shape", JSON.stringify({ kind: "campaignGroup" })],
    ["an unknown kind", JSON.stringify({ ...DEFAULT_GRID_SETTINGS, kind: "agent" })],
    [
      "an unknown figure",
      JSON.stringify({ ...DEFAULT_GRID_SETTINGS, columns: { campaign: ["__proto__"] } }),
    ],
    [
      "an object for a column list",
      JSON.stringify({ ...DEFAULT_GRID_SETTINGS, columns: { campaign: { length: 3 } } }),
    ],
    ["null", "null"],
  ])("are the defaults when storage holds %s, silently", (_, raw) => {
    localStorage.setItem(KEY, raw);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(loadGridSettings()).toEqual(DEFAULT_GRID_SETTINGS);
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });
});
