import type { FigureName } from "../../model/stats/Figure";
import {
  AGENT_STATES,
  GROUP_STATUSES,
  GROUP_WAITING,
  type AgentState,
  type GroupWaiting,
} from "../../model/stats/GroupStatus";

const WAITING_LABEL: Record<GroupWaiting, string> = {
  None: "Not waiting",
  WaitingAgents: "Waiting for agents",
  WaitingRecords: "Waiting for records",
  WaitingPorts: "Waiting for ports",
  SystemError: "System error",
};

const AGENT_STATE_LABEL: Record<AgentState, string> = {
  LoggedOut: "Logged out",
  NotReady: "Not ready",
  Ready: "Ready",
  Busy: "Busy",
  AfterCallWork: "After-call work",
};

/**
 * The states a state figure can take, as Stat Server names them (what a threshold stores)
 * and as a supervisor reads them (what the editor shows).
 */
export const FIGURE_STATES: Partial<Record<FigureName, readonly (readonly [string, string])[]>> = {
  status: GROUP_STATUSES.map((status) => [status, status]),
  waiting: GROUP_WAITING.map((waiting) => [waiting, WAITING_LABEL[waiting]]),
  state: AGENT_STATES.map((state) => [state, AGENT_STATE_LABEL[state]]),
};

/** The label of a stored state value; the value itself when it is not a known state. */
export function stateLabel(figure: FigureName, value: string): string {
  return FIGURE_STATES[figure]?.find(([stored]) => stored === value)?.[1] ?? value;
}
