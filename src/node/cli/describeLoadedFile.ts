import type { LoadedFile } from "../../model/config/ConfigModel";
import { CONFIG_KIND_LABEL, CONFIG_KINDS } from "../../model/config/kinds";
import { plural } from "../../model/plural";
import { printableName } from "./printableName";

/** One line on a file read: its format, what it held of the model's kinds, what was skipped. */
export function describeLoadedFile(file: LoadedFile): string {
  const counts = CONFIG_KINDS.filter((kind) => file.counts[kind] > 0).map((kind) =>
    plural(file.counts[kind], CONFIG_KIND_LABEL[kind].toLowerCase()),
  );
  const skipped = file.skipped.length > 0 ? `; skipped ${file.skipped.join(", ")}` : "";
  return `${printableName(file.path)} (${file.format}): ${counts.join(", ") || "no campaign objects"}${printableName(skipped)}`;
}
