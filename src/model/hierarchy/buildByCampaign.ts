import { callingListNode } from "./callingListNode";
import { campaignNode } from "./campaignNode";
import type { HierarchyContext } from "./HierarchyContext";
import type { TenantObjects } from "./ModelLinks";
import { unassignedNode } from "./unassignedNode";
import { unreachedNodes } from "./unreachedNodes";
import { ungroupedNonAgents } from "./ungroupedNonAgents";

/**
 * A tenant's children as Stat Server sees them: Campaign -> CampaignGroup -> GroupAgents |
 * GroupPlaces -> Agent | Place, and Campaign -> CampaignCallingList -> CallingList. Calling
 * lists no campaign uses join the unreached objects under `Unassigned`.
 */
export function buildByCampaign(context: HierarchyContext, objects: TenantObjects): void {
  for (const campaign of objects.campaigns) campaignNode(context, campaign);
  unassignedNode(
    context,
    () => {
      unreachedNodes(context, objects);
      for (const list of objects.callingLists) {
        if (!context.links.usesOfCallingList.has(list.key)) callingListNode(context, list);
      }
    },
    ungroupedNonAgents(objects, context.links),
  );
}
