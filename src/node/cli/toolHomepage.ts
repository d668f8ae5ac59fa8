import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "./packageRoot";

/**
 * Where to read about the tool, as SARIF reports give it (tool.driver.informationUri): the
 * README installed with the command, as a `file:` URI. The package is not published, so no web
 * page describes it; the README beside the command is the one document that surely exists
 * wherever the report was made. Undefined when it is missing (a copy of the bundle without
 * its package), so a report never names a page that is not there.
 */
export function toolHomepage(root: string = packageRoot()): string | undefined {
  const readme = join(root, "README.md");
  return existsSync(readme) ? pathToFileURL(readme).href : undefined;
}
