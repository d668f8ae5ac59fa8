import type { DialMode } from "../config/enums";

/** Stat Server's CampaignGroup status: not loaded, loaded but not dialing, dialing. */
export const GROUP_STATUSES = ["Deactivated", "Activated", "Running"] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** What a running group may additionally be waiting on; `None` when it dials freely. */
export const GROUP_WAITING = [
  "None",
  "WaitingAgents",
  "WaitingRecords",
  "WaitingPorts",
  "SystemError",
] as const;
export type GroupWaiting = (typeof GROUP_WAITING)[number];

/** A group's current dial mode: a CfgDialMode name, or NoDial when it is not dialing. */
export type StatDialMode = Exclude<DialMode, "NoDialMode"> | "NoDial";

/** An agent's (or place's) state as the figures count it. */
export const AGENT_STATES = ["LoggedOut", "NotReady", "Ready", "Busy", "AfterCallWork"] as const;
export type AgentState = (typeof AGENT_STATES)[number];

export function isGroupStatus(value: unknown): value is GroupStatus {
  return typeof value === "string" && (GROUP_STATUSES as readonly string[]).includes(value);
}

export function isGroupWaiting(value: unknown): value is GroupWaiting {
  return typeof value === "string" && (GROUP_WAITING as readonly string[]).includes(value);
}

export function isAgentState(value: unknown): value is AgentState {
  return typeof value === "string" && (AGENT_STATES as readonly string[]).includes(value);
}
