import type { Locator } from "playwright-core";
import { expectOnTop } from "./expectOnTop";
import { hideHeaderTools, showHeaderTools } from "./showHeaderTools";

/** What Playwright's `setInputFiles` takes: paths, or files given by name, type and bytes. */
export type ChosenFiles = Parameters<Locator["setInputFiles"]>[0];

/**
 * Chooses files with a hidden `<input type=file>` only once a person could press the control
 * that opens it, its label: the header's Tools row is opened where a phone folds it, and the
 * label must be in view and on top. A Tools row opened here is folded again afterwards, so the
 * header is left as the person found it.
 */
export async function chooseFiles(input: Locator, files: ChosenFiles): Promise<void> {
  const page = input.page();
  const id = await input.getAttribute("id");
  if (!id) throw new Error("the file input has no id, so no label can open it");
  const label = page.locator(`label[for="${id}"]`);
  const inHeader = await label.evaluate((element) => element.closest("#app-tools") !== null);
  const opened = inHeader && (await showHeaderTools(page));
  await expectOnTop(label, `the "${((await label.textContent()) ?? "").trim()}" control`, {
    scrollPage: true,
  });
  await input.setInputFiles(files);
  if (opened) await hideHeaderTools(page);
}
