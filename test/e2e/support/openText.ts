import type { Page } from "playwright-core";
import { chooseFiles } from "./chooseFiles";

/**
 * Opens `text` as a JSON file named `name` with the page's "Open files…" control, pressed as a
 * person would (see `chooseFiles`).
 */
export async function openText(page: Page, name: string, text: string | Buffer): Promise<void> {
  await chooseFiles(page.getByLabel("Open files…"), {
    name,
    mimeType: "application/json",
    buffer: typeof text === "string" ? Buffer.from(text) : text,
  });
}
