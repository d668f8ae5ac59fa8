// zod/mini, as the thresholds' schema: the full API would weigh on the grid's chunk.
import * as z from "zod/mini";
import { FIGURE_NAMES, type FigureName } from "../../../model/stats/Figure";
import type { GridFilter } from "./filterGridRows";
import { GRID_KIND_INFO, GRID_KINDS, type GridKind } from "./gridKinds";
import type { GridSort } from "./sortGridRows";

const KEY = "campaign-lens:grid";

/** What the grid remembers between visits: the kind shown, its columns, order and filter. */
export interface GridSettings {
  readonly kind: GridKind;
  /** The chosen columns of each kind the user changed; the kind's defaults otherwise. */
  readonly columns: Partial<Record<GridKind, readonly FigureName[]>>;
  readonly sort: GridSort;
  readonly filter: GridFilter;
}

export const DEFAULT_GRID_SETTINGS: GridSettings = {
  kind: "campaignGroup",
  columns: {},
  sort: { by: "name", descending: false },
  filter: { text: "", level: "all" },
};

const figure = z.enum(FIGURE_NAMES as [FigureName, ...FigureName[]]);

const settingsSchema = z.object({
  kind: z.enum(GRID_KINDS),
  columns: z.partialRecord(z.enum(GRID_KINDS), z.array(figure).check(z.maxLength(64))),
  sort: z.object({ by: z.union([z.literal("name"), figure]), descending: z.boolean() }),
  filter: z.object({
    text: z.string().check(z.maxLength(200)),
    level: z.enum(["all", "warning", "alarm"]),
  }),
});

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage disabled by the browser's privacy settings.
    return null;
  }
}

/**
 * The saved settings, or the defaults when none are saved or what is saved does not parse
 * (another version's format, a hand edit): a grid that opens beats a complaint about it.
 */
export function loadGridSettings(): GridSettings {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(KEY);
  } catch {
    return DEFAULT_GRID_SETTINGS;
  }
  if (raw === null || raw === undefined) return DEFAULT_GRID_SETTINGS;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return DEFAULT_GRID_SETTINGS;
  }
  const parsed = settingsSchema.safeParse(json);
  return parsed.success ? parsed.data : DEFAULT_GRID_SETTINGS;
}

export function saveGridSettings(settings: GridSettings): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Full or refused storage: the grid keeps working with what it has.
  }
}

/**
 * A kind's columns: the chosen ones the kind has, in the chooser's order (a figure saved for a
 * kind that does not have it is dropped), or its defaults.
 */
export function columnsOf(settings: GridSettings, kind: GridKind): readonly FigureName[] {
  const chosen = settings.columns[kind];
  const { figures, defaults } = GRID_KIND_INFO[kind];
  if (chosen === undefined) return defaults;
  const set = new Set(chosen);
  return figures.filter((name) => set.has(name));
}
