import type { Locator } from "playwright-core";
import { expectOnTop } from "./expectOnTop";

/** A file as a person drags it in from the desktop. */
export interface DroppedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/**
 * Drags files from outside the page and drops them on `target`, once `target` is in view and
 * on top (where a person would let go of them): the events carry a real DataTransfer, as the
 * browser's own would.
 */
export async function dropFiles(
  target: Locator,
  what: string,
  files: readonly DroppedFile[],
): Promise<void> {
  await expectOnTop(target, what);
  const transfer = await target.page().evaluateHandle(
    (given) => {
      const data = new DataTransfer();
      for (const file of given) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], file.name, { type: file.mimeType }));
      }
      return data;
    },
    files.map((file) => ({
      name: file.name,
      mimeType: file.mimeType,
      base64: file.buffer.toString("base64"),
    })),
  );
  for (const type of ["dragenter", "dragover", "drop"]) {
    await target.dispatchEvent(type, { dataTransfer: transfer });
  }
  await transfer.dispose();
}
