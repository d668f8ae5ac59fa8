import { asNodeId, type NodeId } from "../config/ids";
import type { Hierarchy } from "../hierarchy/Hierarchy";
import type { NodeKind } from "../hierarchy/NodeKind";
import { nodeStatKey } from "./nodeStatKey";
import { splitStatKey, statKey, type StatKey } from "./StatKey";
import type { StatObjectType } from "./StatObjectType";
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
function verdicts(hierarchy: Hierarchy): Map<StatKey, SimulationPlan["verdicts"][number]> {
  const found = new Map<StatKey, SimulationPlan["verdicts"][number]>();
  for (let n = 0; n < hierarchy.size; n += 1) {
    const node = asNodeId(n);
    if (!statServerAsked(hierarchy, node)) continue;
    const key = nodeStatKey(hierarchy, node);
    if (key === null || found.get(key)?.known) continue;
    const { objectType, objectId } = splitStatKey(key);
    found.set(key, { type: objectType, id: objectId, known: statServerKnows(hierarchy, node) });
  }
  return found;
}

/** The nodes of a kind in the subtree of `top` (itself included), in tree order. */
function collect(hierarchy: Hierarchy, top: NodeId, kind: NodeKind, into: NodeId[]): void {
  for (let n: number = top; n < hierarchy.end(top); n += 1) {
    if (hierarchy.kind(asNodeId(n)) === kind) into.push(asNodeId(n));
  }
}

/**
 * Walks the hierarchy once. A CampaignCallingList's list id is its CallingList child's Stat
 * Server id (or the part after the campaign's `@` when the pivot draws none beneath it).
 */
export function simulationPlan(hierarchy: Hierarchy): SimulationPlan {
  const campaigns: NodeId[] = [];
  collect(hierarchy, asNodeId(0), "campaign", campaigns);
  const verdictsByKey = verdicts(hierarchy);

  const members: { type: "Agent" | "Place"; id: string }[] = [];
  const memberIndex = new Map<string, number>();
  const groups: { id: string; campaignId: string; members: number[]; known: boolean }[] = [];
  const seenGroups = new Set<string>();
  const campaignLists: { id: string; campaignId: string; listId: string }[] = [];
  const seenLists = new Set<string>();
  const listIds: string[] = [];
  const seenListIds = new Set<string>();

  for (const campaign of campaigns) {
    const campaignId = hierarchy.statId(campaign);
    if (campaignId === null) continue;
    for (const child of hierarchy.children(campaign)) {
      const childId = hierarchy.statId(child);
      if (childId === null) continue;
      const kind = hierarchy.kind(child);
      if (kind === "campaignGroup" && !seenGroups.has(childId)) {
        seenGroups.add(childId);
        const found: NodeId[] = [];
        collect(hierarchy, child, "agent", found);
        collect(hierarchy, child, "place", found);
        const indexes: number[] = [];
        for (const member of found) {
          const memberId = hierarchy.statId(member);
          if (memberId === null) continue;
          const type = hierarchy.kind(member) === "agent" ? "Agent" : "Place";
          const key = `${type}:${memberId}`;
          let index = memberIndex.get(key);
          if (index === undefined) {
            index = members.length;
            members.push({ type, id: memberId });
            memberIndex.set(key, index);
          }
          // An agent listed twice in one group (two appearances) is one member.
          if (!indexes.includes(index)) indexes.push(index);
        }
        const known = verdictsByKey.get(statKey("CampaignGroup", childId))?.known ?? false;
        groups.push({ id: childId, campaignId, members: indexes, known });
      }
      if (kind === "campaignCallingList" && !seenLists.has(childId)) {
        seenLists.add(childId);
        const list = hierarchy.children(child).find((c) => hierarchy.kind(c) === "callingList");
        const listId =
          (list === undefined ? null : hierarchy.statId(list)) ??
          childId.slice(campaignId.length + 1);
        campaignLists.push({ id: childId, campaignId, listId });
        if (!seenListIds.has(listId)) {
          seenListIds.add(listId);
          listIds.push(listId);
        }
      }
    }
  }
  return { groups, members, campaignLists, listIds, verdicts: [...verdictsByKey.values()] };
}
