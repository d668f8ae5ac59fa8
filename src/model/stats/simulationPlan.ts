import type { HierarchyNode } from "../hierarchy/HierarchyNode";
import { statKey, type StatKey } from "./StatKey";
import { statObjectTypeOf, type StatObjectType } from "./StatObjectType";
import { statServerAsked, statServerKnows } from "./statServerKnows";

/** The simulated objects of a hierarchy, each once however many times it appears. */
export interface SimulationPlan {
  readonly groups: readonly {
    readonly id: string;
    readonly campaignId: string;
    /** Indexes into `members`. */
    readonly members: readonly number[];
    /**
     * Whether Stat Server knows the group's id. A refused group still dials (OCS runs it),
     * so its agents and lists move; only its own figures are never reported.
     */
    readonly known: boolean;
  }[];
  readonly members: readonly { readonly type: "Agent" | "Place"; readonly id: string }[];
  readonly campaignLists: readonly {
    readonly id: string;
    readonly campaignId: string;
    readonly listId: string;
  }[];
  readonly listIds: readonly string[];
  /** Stat Server's verdict on every id of the hierarchy it would be asked about, each once. */
  readonly verdicts: readonly {
    readonly type: StatObjectType;
    readonly id: string;
    readonly known: boolean;
  }[];
}

/**
 * Each asked id once, in tree order. Two objects may share an id (two campaign groups of one
 * campaign and group, one of them misnamed): Stat Server knows the id if it knows it by any.
 */
function verdicts(root: HierarchyNode): Map<StatKey, SimulationPlan["verdicts"][number]> {
  const found = new Map<StatKey, SimulationPlan["verdicts"][number]>();
  const stack: HierarchyNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const type = statObjectTypeOf(node.kind);
    if (type !== null && node.statId !== null && statServerAsked(node)) {
      const key = statKey(type, node.statId);
      const known = statServerKnows(node);
      if (!found.get(key)?.known) found.set(key, { type, id: node.statId, known });
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return found;
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
  const verdictsByKey = verdicts(root);

  const members: { type: "Agent" | "Place"; id: string }[] = [];
  const memberIndex = new Map<string, number>();
  const groups: { id: string; campaignId: string; members: number[]; known: boolean }[] = [];
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
        const known = verdictsByKey.get(statKey("CampaignGroup", child.statId))?.known ?? false;
        groups.push({ id: child.statId, campaignId: campaign.statId, members: indexes, known });
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
  return { groups, members, campaignLists, listIds, verdicts: [...verdictsByKey.values()] };
}
