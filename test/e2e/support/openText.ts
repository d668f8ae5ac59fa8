import type { Page } from "playwright-core";

/** Opens `text` as a JSON file named `name` with the page's "Open files…" control. */
export async function openText(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.getByLabel("Open files…").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: typeof text === "string" ? Buffer.from(text) : text,
  });
}
