import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Finding } from "../../model/findings/Finding";
import {
  pathToUriReference,
  type SarifArtifactLocation,
  type SarifOptions,
  type SarifRegion,
} from "../../model/findings/toSarif";
import { decodeConfigText } from "../../model/import/decodeConfigText";
import type { ConfigInput } from "../../model/loadConfig";
import { jsonObjectRegions } from "./jsonObjectRegions";
import { listElementRegions } from "./listElementRegions";

/** The base code-scanning services resolve relative artifact URIs against (the checkout). */
const SRCROOT = "%SRCROOT%";

type Placement = Required<Pick<SarifOptions, "artifactLocation" | "originalUriBaseIds" | "region">>;

/**
 * The regions of the findings' objects in JSON inputs: one pass per file that has findings,
 * over its bytes when every finding's object is an element of a top-level list (as in
 * mutagen's exports), otherwise over its decoded text.
 */
function findingRegions(
  inputs: readonly ConfigInput[],
  findings: readonly Finding[],
): Map<string, Map<string, SarifRegion>> {
  const wantedByFile = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.file === null || f.location === null) continue;
    const wanted = wantedByFile.get(f.file) ?? new Set<string>();
    wanted.add(f.location);
    wantedByFile.set(f.file, wanted);
  }
  const regions = new Map<string, Map<string, SarifRegion>>();
  for (const input of inputs) {
    const wanted = wantedByFile.get(input.path);
    if (wanted === undefined || regions.has(input.path)) continue;
    const listed =
      typeof input.content === "string" ? undefined : listElementRegions(input.content, wanted);
    if (listed !== undefined) {
      regions.set(input.path, listed);
      continue;
    }
    const text = decodeConfigText(input.path, input.content);
    if (/^\s*[[{]/.test(text)) regions.set(input.path, jsonObjectRegions(text, wanted));
  }
  return regions;
}

/**
 * Where SARIF says findings are: files under the source root (`--srcroot`, default the
 * working directory) relative to `%SRCROOT%`, files outside it as `file:` URIs, standard input
 * as no file; and, for JSON inputs, the region of the object each finding is about.
 */
export function sarifPlacement(
  inputs: readonly ConfigInput[],
  findings: readonly Finding[],
  srcroot: string,
  cwd: string = process.cwd(),
): Placement {
  const root = resolve(cwd, srcroot);
  const rootUri = pathToFileURL(root).href;
  const artifactLocation = (file: string): SarifArtifactLocation | null => {
    if (file === "-") return null;
    const absolute = resolve(cwd, file);
    const inside = relative(root, absolute);
    if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      return { uri: pathToFileURL(absolute).href };
    }
    return { uri: pathToUriReference(inside.split(sep).join("/")), uriBaseId: SRCROOT };
  };

  const regions = findingRegions(inputs, findings);
  const region = (finding: Finding): SarifRegion | null =>
    finding.file === null || finding.location === null
      ? null
      : (regions.get(finding.file)?.get(finding.location) ?? null);
  return {
    artifactLocation,
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri.endsWith("/") ? rootUri : `${rootUri}/` } },
    region,
  };
}
