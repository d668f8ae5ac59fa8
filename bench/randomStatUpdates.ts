import { createRandom } from "../src/model/random/createRandom";
import { AGENT_STATES, GROUP_STATUSES } from "../src/model/stats/GroupStatus";
import type { SimulationPlan } from "../src/model/stats/simulationPlan";
import type { StatUpdate } from "../src/model/stats/StatUpdate";

const GROUP_COUNTERS = ["Dialed", "Answered", "Abandoned", "BusyTime", "LoggedInTime"];

/**
 * The share of each kind of update a browser benchmark streams; what is left after agent
 * states and group counters goes to group statuses or to calling lists' records.
 */
export interface UpdateMix {
  readonly agentStates: number;
  readonly groupCounters: number;
  readonly rest: "groupStatus" | "listRecords";
}

/** A seeded source of random updates for the objects of `plan`, in the proportions of `mix`. */
export function randomStatUpdates(
  plan: SimulationPlan,
  mix: UpdateMix,
  seed: number,
): (count: number, now: number) => StatUpdate[] {
  const random = createRandom(seed);
  return (count, now) => {
    const out: StatUpdate[] = [];
    for (let i = 0; i < count; i += 1) {
      const roll = random.next();
      if (roll < mix.agentStates && plan.members.length > 0) {
        const member = random.pick(plan.members);
        out.push({
          objectType: member.type,
          objectId: member.id,
          statistic: "State",
          value: random.pick(AGENT_STATES),
          timestamp: now,
        });
      } else if (roll < mix.agentStates + mix.groupCounters && plan.groups.length > 0) {
        const group = random.pick(plan.groups);
        out.push({
          objectType: "CampaignGroup",
          objectId: group.id,
          statistic: random.pick(GROUP_COUNTERS),
          value: random.between(0, 100_000),
          timestamp: now,
        });
      } else if (mix.rest === "groupStatus") {
        out.push({
          objectType: "CampaignGroup",
          objectId: random.pick(plan.groups).id,
          statistic: "Status",
          value: random.pick(GROUP_STATUSES),
          timestamp: now,
        });
      } else {
        out.push({
          objectType: "CampaignCallingList",
          objectId: random.pick(plan.campaignLists).id,
          statistic: "RecordsReady",
          value: random.between(0, 9999),
          timestamp: now,
        });
      }
    }
    return out;
  };
}
