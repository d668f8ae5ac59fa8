// zod/mini: the layout is read on the app's first load, where the full API would weigh more.
import * as z from "zod/mini";

/** One resizable pane: its width beside the tree, its height when panes stack, and whether it is hidden. */
export interface PaneSize {
  readonly width: number;
  readonly height: number;
  readonly collapsed: boolean;
}

/** The two panes beside the tree: the side panel (outline, findings) and the inspector. */
export interface PaneSizes {
  readonly side: PaneSize;
  readonly inspector: PaneSize;
}

export type PaneName = keyof PaneSizes;

export const PANE_KEY = "campaign-lens:panes";

/** Bounds of a pane's size in CSS pixels; the widest is further limited by the screen. */
export const PANE_MIN = { width: 200, height: 160 } as const;
export const PANE_MAX = { width: 1200, height: 1200 } as const;

export const DEFAULT_PANE_SIZES: PaneSizes = {
  side: { width: 380, height: 420, collapsed: false },
  inspector: { width: 340, height: 480, collapsed: false },
};

const size = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

const paneSchema = z.object({
  width: size(PANE_MIN.width, PANE_MAX.width),
  height: size(PANE_MIN.height, PANE_MAX.height),
  collapsed: z.boolean(),
});

const paneSizesSchema = z.object({ side: paneSchema, inspector: paneSchema });

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage disabled by the browser's privacy settings.
    return null;
  }
}

/**
 * The sizes the user left the panes at; the defaults when none are stored, or what is stored
 * is not JSON or not a layout (an older version's, a hand edit). Never throws.
 */
export function loadPaneSizes(): PaneSizes {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(PANE_KEY);
  } catch {
    return DEFAULT_PANE_SIZES;
  }
  if (raw === null || raw === undefined) return DEFAULT_PANE_SIZES;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return DEFAULT_PANE_SIZES;
  }
  const parsed = paneSizesSchema.safeParse(json);
  return parsed.success ? parsed.data : DEFAULT_PANE_SIZES;
}

export function savePaneSizes(sizes: PaneSizes): void {
  try {
    storage()?.setItem(PANE_KEY, JSON.stringify(sizes));
  } catch {
    // A full or refused storage keeps the sizes for this page only.
  }
}

/** A size kept within a pane's bounds, in whole pixels. */
export function clampSize(value: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(value, min), Math.max(min, max)));
}
