import type { ConfigObject } from "../config/objects";
import { CONFIG_KIND_LABEL } from "../config/kinds";
import { quoteName } from "./quoteName";

/** `Campaign group "Sales@Team A"`: the kind as a supervisor reads it, then the quoted name. */
export function describeObject(object: Pick<ConfigObject, "kind" | "name">): string {
  return `${CONFIG_KIND_LABEL[object.kind]} ${quoteName(object.name)}`;
}
