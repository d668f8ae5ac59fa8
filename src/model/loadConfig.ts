import type { ConfigModel } from "./config/ConfigModel";
import { resolveModel } from "./config/resolveModel";
import { importConfig } from "./import/importConfig";

export interface ConfigInput {
  /** A name for messages and findings: the file name, a URL, or `-` for standard input. */
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * Read one or several configuration files (format detected from content) and merge them into
 * one resolved model. Throws `ConfigImportError` naming the file and where in it.
 */
export function loadConfig(inputs: readonly ConfigInput[]): ConfigModel {
  return resolveModel(inputs.map((input) => importConfig(input)));
}
