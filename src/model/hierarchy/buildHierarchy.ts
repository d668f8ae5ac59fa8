import type { ConfigModel } from "../config/ConfigModel";
import { buildByCallingList } from "./buildByCallingList";
import { buildByCampaign } from "./buildByCampaign";
import { buildByGroup } from "./buildByGroup";
import type { Hierarchy } from "./Hierarchy";
import { HierarchyBuilder } from "./HierarchyBuilder";
import type { HierarchyContext } from "./HierarchyContext";
import type { Pivot } from "./NodeKind";
import { linkModel } from "./linkModel";
import type { ModelLinks, TenantObjects } from "./ModelLinks";

const PIVOTS: Record<Pivot, (context: HierarchyContext, objects: TenantObjects) => void> = {
  campaign: buildByCampaign,
  callingList: buildByCallingList,
  group: buildByGroup,
};

/**
 * The Stat Server campaign hierarchy of a model: one root, one node per tenant, then the
 * pivot's tree (by campaign, as Stat Server sees it; by calling list; or by agent/place
 * group). Shared objects appear once per parent. Linear in the model plus the number of
 * appearances. Pass `links` when already computed.
 */
export function buildHierarchy(
  model: ConfigModel,
  pivot: Pivot = "campaign",
  links: ModelLinks = linkModel(model),
): Hierarchy {
  // The campaign pivot of a generated export makes about 1.25 nodes per object: room for
  // half as many again as objects spares most builds the growing, a copy of every column.
  const nodes = new HierarchyBuilder(Math.ceil(model.objects.size * 1.5) + 16);
  const context: HierarchyContext = { model, links, nodes };
  nodes.open("root", "", null, null);
  for (const name of links.tenantNames) {
    const objects = links.byTenant.get(name);
    const [first, ...duplicates] = objects?.tenants ?? [];
    nodes.open("tenant", name, name, first?.key ?? null);
    if (objects) PIVOTS[pivot](context, objects);
    nodes.close();
    // A second tenant object of one name (a duplicate within a file) gets a node of its own,
    // empty: the tenant's objects cannot say which of the two they belong to.
    for (const duplicate of duplicates) nodes.leaf("tenant", name, name, duplicate.key);
  }
  nodes.close();
  return nodes.finish();
}
