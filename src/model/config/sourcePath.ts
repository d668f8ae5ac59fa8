import type { SourceLocation } from "./objects";

/** The JSON path of an object: `campaignGroups[3]`, or the path as given when it has no index. */
export function sourcePath(source: SourceLocation): string {
  return source.index === undefined ? source.path : `${source.path}[${source.index}]`;
}
