import type { OpenInput } from "../../worker/OpenInput";

/**
 * Chosen or dropped files as inputs, not read yet: they are read where they are analysed (a
 * large one by the worker).
 */
export function fileInputs(files: Iterable<File>): OpenInput[] {
  return [...files].map((file) => ({ path: file.name, content: file }));
}
