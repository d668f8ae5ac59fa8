import type { ConfigInput } from "../../../model/loadConfig";
import { loadConfig } from "../../../model/loadConfig";
import type { BeforeSnapshot } from "../reviewStore";

/** Reads the "before" configuration; throws the importer's error (file and place in it). */
export function loadBeforeSnapshot(inputs: readonly ConfigInput[]): BeforeSnapshot {
  if (inputs.length === 0) throw new Error("No file was chosen.");
  return { sources: inputs.map((i) => i.path), model: loadConfig(inputs) };
}
