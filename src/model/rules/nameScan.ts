import type { ConfigObject } from "../config/objects";
import { isPlainName } from "./isPlainName";
import { MAX_NAME_LENGTH } from "./maxNameLength";
import { perRuleContext } from "./perRuleContext";

/** What one pass over every name finds for the name checks, each list in model order. */
interface NameScan {
  /**
   * The objects whose names are not plain (see `isPlainName`): the only ones `missing-name`,
   * `name-whitespace` and `invisible-character` can flag.
   */
  readonly unusual: readonly ConfigObject[];
  /**
   * The objects whose names are longer than `MAX_NAME_LENGTH` UTF-16 code units: the only ones
   * `name-too-long` can flag, since a name has no more characters than code units.
   */
  readonly long: readonly ConfigObject[];
}

/**
 * The objects the name checks need to look at, found in one pass over the model per rule
 * context: at 100k objects, each pass over every object and its name costs several
 * milliseconds in memory traffic alone, so the checks share one.
 */
export const nameScan = perRuleContext((context): NameScan => {
  const unusual: ConfigObject[] = [];
  const long: ConfigObject[] = [];
  for (const object of context.model.objects.values()) {
    const { name } = object;
    if (!isPlainName(name)) unusual.push(object);
    if (name.length > MAX_NAME_LENGTH) long.push(object);
  }
  return { unusual, long };
});
