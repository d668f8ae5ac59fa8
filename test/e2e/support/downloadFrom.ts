import type { Download, Locator } from "playwright-core";
import { expectOnTop } from "./expectOnTop";

/** A file the page saved: the name it suggested, its bytes, and those bytes read as UTF-8. */
export interface Saved {
  readonly name: string;
  readonly bytes: Buffer;
  readonly text: string;
}

/** The bytes of a file the page saved. */
export async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Presses `control` once it is in view and on top (`scrollPage`: reached by scrolling, as
 * `expectOnTop` says), and gives the file the page saves.
 */
export async function downloadFrom(
  control: Locator,
  what: string,
  options: { readonly scrollPage?: boolean } = {},
): Promise<Saved> {
  await expectOnTop(control, what, options);
  const [file] = await Promise.all([control.page().waitForEvent("download"), control.click()]);
  const bytes = await bytesOf(file);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}
