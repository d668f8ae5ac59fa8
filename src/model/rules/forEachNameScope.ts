import type { ConfigObject } from "../config/objects";
import type { RuleContext } from "./RuleContext";

/**
 * Calls `visit` once per set of objects whose names must not collide: each kind within each
 * tenant, and the tenants themselves. Campaign groups are left out: their names only need to
 * be unique within one campaign, which `duplicate-name` handles on its own.
 */
export function forEachNameScope(
  { model, links }: RuleContext,
  visit: (objects: readonly ConfigObject[]) => void,
): void {
  visit(model.byKind.tenant);
  for (const objects of links.byTenant.values()) {
    visit(objects.campaigns);
    visit(objects.callingLists);
    visit(objects.agentGroups);
    visit(objects.placeGroups);
    visit(objects.persons);
    visit(objects.places);
  }
}
