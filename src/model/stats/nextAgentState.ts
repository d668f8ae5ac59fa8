import type { AgentState } from "./GroupStatus";
import type { Random } from "../random/createRandom";

/**
 * One simulated step of an agent. `active`: one of the agent's campaign groups is loaded (so
 * the agent is at work); `dialing`: one of them is running and not waiting, so calls come.
 * Rates are per second: talk lasts ~20 s and after-call work ~5 s, short enough to watch.
 */
export function nextAgentState(
  state: AgentState,
  active: boolean,
  dialing: boolean,
  dt: number,
  random: Random,
): AgentState {
  const happens = (perSecond: number): boolean => random.chance(1 - Math.exp(-perSecond * dt));
  if (!active) return state !== "LoggedOut" && happens(0.02) ? "LoggedOut" : state;
  switch (state) {
    case "LoggedOut":
      return happens(0.05) ? "Ready" : state;
    case "Ready":
      if (dialing && happens(0.25)) return "Busy";
      return happens(0.004) ? "NotReady" : state;
    case "Busy":
      return happens(0.05) ? "AfterCallWork" : state;
    case "AfterCallWork":
      return happens(0.2) ? "Ready" : state;
    case "NotReady":
      if (happens(0.03)) return "Ready";
      return happens(0.001) ? "LoggedOut" : state;
  }
}
