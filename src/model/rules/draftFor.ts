import type { ConfigModel } from "../config/ConfigModel";
import type { StatId } from "../config/ids";
import type { ConfigObject, SourceLocation } from "../config/objects";
import { sourcePath } from "../config/sourcePath";
import { statIdOfObject } from "../hierarchy/statIdOf";
import type { FindingDraft } from "./Rule";

/** Where an object is in its file: its JSON path, or `line L, column C` for XML. */
export function locationOf(source: SourceLocation): string {
  if (source.line !== undefined) return `line ${source.line}, column ${source.column ?? 1}`;
  return sourcePath(source);
}

/** A finding about one object: kind, tenant, name, Stat Server id and place in the file. */
export function draftFor(
  model: ConfigModel,
  object: ConfigObject,
  message: string,
  suggestion: string | null,
  statId: StatId | null = statIdOfObject(model, object),
): FindingDraft {
  return {
    kind: object.kind,
    tenant: object.kind === "tenant" ? object.name : object.tenant,
    name: object.name,
    statId,
    message,
    suggestion,
    file: object.source.file,
    location: locationOf(object.source),
    object: object.key,
  };
}
