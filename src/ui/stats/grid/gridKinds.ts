import type { NodeKind } from "../../../model/hierarchy/NodeKind";
import type { FigureName } from "../../../model/stats/Figure";

/** The kinds of object the grid lists, one node kind each. */
export const GRID_KINDS = [
  "campaignGroup",
  "campaign",
  "campaignCallingList",
  "callingList",
  "groupAgents",
  "groupPlaces",
] as const satisfies readonly NodeKind[];
export type GridKind = (typeof GRID_KINDS)[number];

interface GridKindInfo {
  /** Plural, as the supervisor says it: "Campaign groups". */
  readonly label: string;
  /**
   * Whether one object can appear under several parents (a calling list in several campaigns,
   * an agent group in several campaign groups). Its figures are the object's own wherever it
   * appears, so it is listed once.
   */
  readonly sharedObject: boolean;
  /** Every figure a node of the kind has, in the order the column chooser offers them. */
  readonly figures: readonly FigureName[];
  /** The columns shown until the user chooses. */
  readonly defaults: readonly FigureName[];
}

const AGENT_COUNTS: readonly FigureName[] = [
  "agentsLoggedIn",
  "agentsReady",
  "agentsBusy",
  "agentsNotReady",
];
const CALLS: readonly FigureName[] = [
  "dialed",
  "answered",
  "abandoned",
  "busyFactor",
  "hitRatio",
  "overdialRate",
];
const LIST: readonly FigureName[] = [
  "recordsReady",
  "recordsProcessed",
  "consumptionRate",
  "hitRatio",
  "timeToComplete",
];

// The figures each kind's roll-up produces (see figureValues): a column a kind never fills
// would only ever read "—".
export const GRID_KIND_INFO: Readonly<Record<GridKind, GridKindInfo>> = {
  campaignGroup: {
    label: "Campaign groups",
    sharedObject: false,
    figures: [
      "status",
      "waiting",
      "dialMode",
      ...AGENT_COUNTS,
      ...CALLS,
      "callbacksScheduled",
      "callbacksMissed",
      "timeToComplete",
    ],
    defaults: ["status", "waiting", "agentsReady", "busyFactor", "overdialRate"],
  },
  campaign: {
    label: "Campaigns",
    sharedObject: false,
    figures: [
      "status",
      "groupsRunning",
      "groupsWaiting",
      ...AGENT_COUNTS,
      ...CALLS,
      "callbacksScheduled",
      "callbacksMissed",
      "recordsReady",
      "recordsProcessed",
      "consumptionRate",
      "timeToComplete",
    ],
    defaults: ["status", "groupsRunning", "groupsWaiting", "agentsReady", "overdialRate"],
  },
  campaignCallingList: {
    label: "Campaign calling lists",
    sharedObject: false,
    figures: LIST,
    defaults: ["recordsReady", "consumptionRate", "timeToComplete"],
  },
  callingList: {
    label: "Calling lists",
    sharedObject: true,
    figures: LIST,
    defaults: ["recordsReady", "consumptionRate", "timeToComplete"],
  },
  groupAgents: {
    label: "Agent groups",
    sharedObject: true,
    figures: AGENT_COUNTS,
    defaults: AGENT_COUNTS,
  },
  groupPlaces: {
    label: "Place groups",
    sharedObject: true,
    figures: AGENT_COUNTS,
    defaults: AGENT_COUNTS,
  },
};
