import type { ConfigModel } from "../config/ConfigModel";
import { asStatId } from "../config/ids";
import { buildByCallingList } from "./buildByCallingList";
import { buildByCampaign } from "./buildByCampaign";
import { buildByGroup } from "./buildByGroup";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode, Pivot } from "./HierarchyNode";
import { linkModel } from "./linkModel";
import type { ModelLinks, TenantObjects } from "./ModelLinks";
import { ROOT_ID, SiblingIds } from "./SiblingIds";
import { NO_CHILDREN } from "./noChildren";

const PIVOTS: Record<
  Pivot,
  (context: HierarchyContext, objects: TenantObjects, ids: SiblingIds) => HierarchyNode[]
> = {
  campaign: buildByCampaign,
  callingList: buildByCallingList,
  group: buildByGroup,
};

/**
 * The Stat Server campaign hierarchy of a model: one root, one node per tenant, then the
 * pivot's tree (by campaign, as Stat Server sees it; by calling list; or by agent/place
 * group). Shared objects appear once per parent, each appearance with its own id. Plain
 * nested objects with `children` arrays: `d3.hierarchy(root, (n) => n.children)` reads it.
 * Linear in the model plus the number of appearances. Pass `links` when already computed.
 */
export function buildHierarchy(
  model: ConfigModel,
  pivot: Pivot = "campaign",
  links: ModelLinks = linkModel(model),
): HierarchyNode {
  const context: HierarchyContext = { model, links };
  const tenantIds = new SiblingIds(ROOT_ID);
  const tenants: HierarchyNode[] = [];
  for (const name of links.tenantNames) {
    const objects = links.byTenant.get(name);
    const id = tenantIds.next("tenant", name);
    const [first, ...duplicates] = objects?.tenants ?? [];
    tenants.push({
      id,
      kind: "tenant",
      name,
      statId: asStatId(name),
      object: first?.key ?? null,
      children: objects ? PIVOTS[pivot](context, objects, new SiblingIds(id)) : [],
    });
    // A second tenant object of one name (a duplicate within a file) gets a node of its own,
    // empty: the tenant's objects cannot say which of the two they belong to.
    for (const duplicate of duplicates) {
      tenants.push({
        id: tenantIds.next("tenant", name),
        kind: "tenant",
        name,
        statId: asStatId(name),
        object: duplicate.key,
        children: NO_CHILDREN,
      });
    }
  }
  return { id: ROOT_ID, kind: "root", name: "", statId: null, object: null, children: tenants };
}
