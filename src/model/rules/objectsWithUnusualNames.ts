import type { ConfigObject } from "../config/objects";
import { isPlainName } from "./isPlainName";
import type { RuleContext } from "./RuleContext";

const found = new WeakMap<RuleContext, readonly ConfigObject[]>();

/**
 * The objects, in model order, whose names are not plain (see `isPlainName`): the only ones
 * `missing-name`, `name-whitespace` and `invisible-character` can flag. Found once per rule
 * context, so that a large configuration's names are scanned once rather than by each check.
 */
export function objectsWithUnusualNames(context: RuleContext): readonly ConfigObject[] {
  let objects = found.get(context);
  if (objects === undefined) {
    const unusual: ConfigObject[] = [];
    for (const object of context.model.objects.values()) {
      if (!isPlainName(object.name)) unusual.push(object);
    }
    found.set(context, (objects = unusual));
  }
  return objects;
}
