/** A member name that a path writes bare (`.name`), not quoted (`["a name"]`). */
export const JSON_PATH_IDENTIFIER = /[A-Za-z_$][\w$]*/;
const IDENTIFIER = new RegExp(`^${JSON_PATH_IDENTIFIER.source}$`);

/** `campaignGroups[3].group.groupType`: how a path into parsed JSON reads in a message. */
export function formatJsonPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (typeof segment === "string" && IDENTIFIER.test(segment)) {
      path += path === "" ? segment : `.${segment}`;
    } else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}
