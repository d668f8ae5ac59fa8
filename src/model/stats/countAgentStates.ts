import type { AgentState } from "./GroupStatus";
import type { AgentCounts } from "./NodeFigures";

/** Agent counts from individual states; null when no member's state is known. */
export function countAgentStates(states: readonly (AgentState | null)[]): AgentCounts | null {
  let known = false;
  const counts = { loggedIn: 0, ready: 0, busy: 0, notReady: 0, afterCallWork: 0 };
  for (const state of states) {
    if (state === null) continue;
    known = true;
    if (state === "LoggedOut") continue;
    counts.loggedIn += 1;
    if (state === "Ready") counts.ready += 1;
    else if (state === "Busy") counts.busy += 1;
    else if (state === "NotReady") counts.notReady += 1;
    else counts.afterCallWork += 1;
  }
  return known ? counts : null;
}
