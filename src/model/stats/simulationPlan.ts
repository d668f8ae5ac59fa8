import type { HierarchyNode } from "../hierarchy/HierarchyNode";

/** The simulated objects of a hierarchy, each once however many times it appears. */
export interface SimulationPlan {
  readonly groups: readonly {
    readonly id: string;
    readonly campaignId: string;
    /** Indexes into `members`. */
    readonly members: readonly number[];
  }[];
  readonly members: readonly { readonly type: "Agent" | "Place"; readonly id: string }[];
  readonly campaignLists: readonly {
    readonly id: string;
    readonly campaignId: string;
    readonly listId: string;
  }[];
  readonly listIds: readonly string[];
}

function collect(node: HierarchyNode, kind: HierarchyNode["kind"], into: HierarchyNode[]): void {
  if (node.kind === kind) into.push(node);
  for (const child of node.children) collect(child, kind, into);
}

/**
 * Walks the hierarchy once. A CampaignCallingList's list id is its CallingList child's Stat
 * Server id (or the part after the campaign's `@` when the pivot draws none beneath it).
 */
export function simulationPlan(root: HierarchyNode): SimulationPlan {
  const campaigns: HierarchyNode[] = [];
  collect(root, "campaign", campaigns);

  const members: { type: "Agent" | "Place"; id: string }[] = [];
  const memberIndex = new Map<string, number>();
  const groups: { id: string; campaignId: string; members: number[] }[] = [];
  const seenGroups = new Set<string>();
  const campaignLists: { id: string; campaignId: string; listId: string }[] = [];
  const seenLists = new Set<string>();
  const listIds: string[] = [];
  const seenListIds = new Set<string>();

  for (const campaign of campaigns) {
    if (campaign.statId === null) continue;
    for (const child of campaign.children) {
      if (child.statId === null) continue;
      if (child.kind === "campaignGroup" && !seenGroups.has(child.statId)) {
        seenGroups.add(child.statId);
        const found: HierarchyNode[] = [];
        collect(child, "agent", found);
        collect(child, "place", found);
        const indexes: number[] = [];
        for (const member of found) {
          if (member.statId === null) continue;
          const type = member.kind === "agent" ? "Agent" : "Place";
          const key = `${type}:${member.statId}`;
          let index = memberIndex.get(key);
          if (index === undefined) {
            index = members.length;
            members.push({ type, id: member.statId });
            memberIndex.set(key, index);
          }
          // An agent listed twice in one group (two appearances) is one member.
          if (!indexes.includes(index)) indexes.push(index);
        }
        groups.push({ id: child.statId, campaignId: campaign.statId, members: indexes });
      }
      if (child.kind === "campaignCallingList" && !seenLists.has(child.statId)) {
        seenLists.add(child.statId);
        const list = child.children.find((c) => c.kind === "callingList");
        const listId = list?.statId ?? child.statId.slice(campaign.statId.length + 1);
        campaignLists.push({ id: child.statId, campaignId: campaign.statId, listId });
        if (!seenListIds.has(listId)) {
          seenListIds.add(listId);
          listIds.push(listId);
        }
      }
    }
  }
  return { groups, members, campaignLists, listIds };
}
