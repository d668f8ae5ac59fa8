import type { ConfigModel, LoadedFile } from "../../model/config/ConfigModel";
import { CONFIG_KINDS, type ConfigKind } from "../../model/config/kinds";
import type { ConfigObject, ConfigObjectOf } from "../../model/config/objects";
import { objectsByKey } from "../../model/config/ObjectsByKey";

/**
 * Objects per message when the worker sends a model to the page. Taking in a 100k-object
 * model as one message is one task of about 400 ms on the page's main thread, just after the
 * first paint, which a supervisor panning then feels as a freeze; 5,000 objects are a task
 * of some 20 ms, and the page draws between them.
 */
export const OBJECTS_PER_PART = 5_000;

/** What a model is besides its objects: sent last, once every part is in. */
export interface ModelEnd {
  readonly files: readonly LoadedFile[];
  readonly carried: readonly ConfigKind[];
  readonly objects: number;
}

/** A model as messages: its objects in model order, in parts, then the rest. */
export function splitModel(
  model: ConfigModel,
  size = OBJECTS_PER_PART,
): { readonly parts: ConfigObject[][]; readonly end: ModelEnd } {
  const parts: ConfigObject[][] = [];
  let part: ConfigObject[] = [];
  for (const object of model.objects.values()) {
    part.push(object);
    if (part.length === size) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length > 0) parts.push(part);
  return {
    parts,
    end: { files: model.files, carried: [...model.carried], objects: model.objects.size },
  };
}

/**
 * Puts a model back together from its parts, in order. `byKind` keeps model order within each
 * kind, as `resolveModel` builds it. Throws when parts are missing.
 */
export function assembleModel(
  parts: readonly (readonly ConfigObject[])[],
  end: ModelEnd,
): ConfigModel {
  const all: ConfigObject[] = [];
  const byKind = Object.fromEntries(CONFIG_KINDS.map((k) => [k, [] as ConfigObject[]])) as {
    [K in ConfigKind]: ConfigObjectOf<K>[];
  };
  for (const part of parts) {
    for (const object of part) {
      all.push(object);
      (byKind[object.kind] as ConfigObject[]).push(object);
    }
  }
  const objects = objectsByKey(all);
  if (objects.size !== end.objects) {
    throw new Error(`the model came incomplete: ${objects.size} of ${end.objects} objects`);
  }
  return { files: end.files, objects, byKind, carried: new Set(end.carried) };
}
