import type { FigureName } from "../../model/stats/Figure";
import type { NodeKind } from "../../model/hierarchy/NodeKind";

/** The figures drawn on a node, by kind, with the short label a chip uses. */
export const NODE_CHIPS: Readonly<
  Record<NodeKind, readonly { figure: FigureName; short: string }[]>
> = {
  root: [
    { figure: "groupsRunning", short: "Running" },
    { figure: "agentsReady", short: "Ready" },
  ],
  tenant: [
    { figure: "groupsRunning", short: "Running" },
    { figure: "agentsReady", short: "Ready" },
  ],
  unassigned: [],
  campaign: [
    { figure: "status", short: "" },
    { figure: "agentsReady", short: "Ready" },
    { figure: "overdialRate", short: "Overdial" },
    { figure: "timeToComplete", short: "ETC" },
  ],
  campaignGroup: [
    { figure: "status", short: "" },
    { figure: "waiting", short: "" },
    { figure: "agentsReady", short: "Ready" },
    { figure: "overdialRate", short: "Overdial" },
  ],
  campaignCallingList: [
    { figure: "recordsReady", short: "Records" },
    { figure: "timeToComplete", short: "ETC" },
  ],
  callingList: [
    { figure: "recordsReady", short: "Records" },
    { figure: "timeToComplete", short: "ETC" },
  ],
  groupAgents: [
    { figure: "agentsReady", short: "Ready" },
    { figure: "agentsLoggedIn", short: "In" },
  ],
  groupPlaces: [
    { figure: "agentsReady", short: "Ready" },
    { figure: "agentsLoggedIn", short: "In" },
  ],
  agent: [
    { figure: "state", short: "" },
    { figure: "timeInState", short: "" },
  ],
  place: [
    { figure: "state", short: "" },
    { figure: "timeInState", short: "" },
  ],
};
