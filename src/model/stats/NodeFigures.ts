import type { AgentState, GroupStatus, GroupWaiting, StatDialMode } from "./GroupStatus";

/** Agents (or places) by state. `loggedIn` counts every state but LoggedOut. */
export interface AgentCounts {
  readonly loggedIn: number;
  readonly ready: number;
  readonly busy: number;
  readonly notReady: number;
  readonly afterCallWork: number;
}

/** The counts a group's rates derive from; they add up across groups, rates do not. */
export interface CallCounts {
  readonly dialed: number;
  readonly answered: number;
  readonly abandoned: number;
  /** Agent-seconds. */
  readonly busyTime: number;
  /** Agent-seconds. */
  readonly loggedInTime: number;
}

export interface CallbackCounts {
  readonly scheduled: number;
  readonly completed: number;
  readonly missed: number;
}

/** Fractions (0.02 = 2%); null when nothing to divide by and no source reported one. */
export interface CallRates {
  /** Busy time ÷ logged-in time. */
  readonly busyFactor: number | null;
  /** Answered ÷ dialed. */
  readonly hitRatio: number | null;
  /** Abandoned ÷ answered: the figure the US and UK cap at 3%. */
  readonly overdialRate: number | null;
}

export interface RecordCounts {
  readonly ready: number;
  readonly processed: number;
  /** Records per hour. */
  readonly consumptionRate: number;
}

/** Groups of a campaign (or of everything below a tenant) by status. */
export interface GroupStatusCounts {
  readonly running: number;
  readonly activated: number;
  readonly deactivated: number;
  /** Running groups waiting on agents, records or ports, or in system error. */
  readonly waiting: number;
}

export interface CampaignGroupFigures {
  readonly kind: "campaignGroup";
  readonly status: GroupStatus | null;
  readonly waiting: GroupWaiting | null;
  readonly dialMode: StatDialMode | null;
  readonly agents: AgentCounts | null;
  readonly calls: CallCounts | null;
  readonly callbacks: CallbackCounts | null;
  readonly rates: CallRates;
  /** Seconds. */
  readonly timeToComplete: number | null;
}

export interface CampaignFigures {
  readonly kind: "campaign";
  /** Derived from the groups as Stat Server derives it. */
  readonly status: GroupStatus | null;
  readonly groups: GroupStatusCounts;
  readonly agents: AgentCounts | null;
  readonly calls: CallCounts | null;
  readonly callbacks: CallbackCounts | null;
  readonly rates: CallRates;
  readonly records: RecordCounts | null;
  /** Seconds: records ready ÷ consumption rate. */
  readonly timeToComplete: number | null;
}

export interface ListFigures {
  readonly kind: "callingList" | "campaignCallingList";
  readonly records: RecordCounts | null;
  readonly hitRatio: number | null;
  /** Seconds: records ready ÷ consumption rate. */
  readonly timeToComplete: number | null;
}

export interface GroupMembersFigures {
  readonly kind: "groupAgents" | "groupPlaces";
  readonly agents: AgentCounts | null;
}

export interface MemberFigures {
  readonly kind: "agent" | "place";
  readonly state: AgentState | null;
  /** When the current state began (ms since the epoch). */
  readonly since: number | null;
}

/** The root, a tenant, or the unassigned bucket: totals of everything beneath. */
export interface TotalFigures {
  readonly kind: "root" | "tenant" | "unassigned";
  readonly groups: GroupStatusCounts;
  readonly agents: AgentCounts | null;
  readonly calls: CallCounts | null;
  readonly rates: CallRates;
  readonly records: RecordCounts | null;
}

export type NodeFigures =
  | CampaignGroupFigures
  | CampaignFigures
  | ListFigures
  | GroupMembersFigures
  | MemberFigures
  | TotalFigures;
