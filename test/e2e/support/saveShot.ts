import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { screenName, type Screen } from "./viewports";

const SHOTS = process.env.SHOTS_DIR ?? null;

/**
 * When `SHOTS_DIR` is set, saves what `seen` (a page, or one element of it) shows as
 * `name.png` there, for a person to look at; `screen`, when given, is added to the name. Without
 * `SHOTS_DIR` nothing is written.
 */
export async function saveShot(seen: Page | Locator, name: string, screen?: Screen): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const file = screen ? `${name}-${screenName(screen)}.png` : `${name}.png`;
  await seen.screenshot({ path: join(SHOTS, file) });
}
