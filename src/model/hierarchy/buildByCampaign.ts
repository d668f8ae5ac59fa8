import { callingListNode } from "./callingListNode";
import { campaignNode } from "./campaignNode";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import type { TenantObjects } from "./ModelLinks";
import type { SiblingIds } from "./SiblingIds";
import { unassignedNode } from "./unassignedNode";
import { unreachedNodes } from "./unreachedNodes";
import { ungroupedNonAgents } from "./ungroupedNonAgents";

/**
 * A tenant's children as Stat Server sees them: Campaign -> CampaignGroup -> GroupAgents |
 * GroupPlaces -> Agent | Place, and Campaign -> CampaignCallingList -> CallingList. Calling
 * lists no campaign uses join the unreached objects under `Unassigned`.
 */
export function buildByCampaign(
  context: HierarchyContext,
  objects: TenantObjects,
  ids: SiblingIds,
): HierarchyNode[] {
  const nodes = objects.campaigns.map((campaign) => campaignNode(context, campaign, ids));
  const unassigned = unassignedNode(
    ids,
    (unassignedIds) => {
      const children = unreachedNodes(context, objects, unassignedIds);
      for (const list of objects.callingLists) {
        if (!context.links.usesOfCallingList.has(list.key)) {
          children.push(callingListNode(list, unassignedIds));
        }
      }
      return children;
    },
    ungroupedNonAgents(objects, context.links),
  );
  if (unassigned) nodes.push(unassigned);
  return nodes;
}
