import { useSyncExternalStore } from "react";
import type { StatKey } from "../../../model/stats/StatKey";
import { useStatsSlots } from "./StatsSlots";

const NONE: ReadonlyMap<StatKey, string | null> = new Map();
const noSubscription = () => () => {};
const none = () => NONE;

/** The ids Stat Server refused (empty without statistics), re-rendering when they change. */
export function useRefusals(): ReadonlyMap<StatKey, string | null> {
  const { refusals } = useStatsSlots();
  return useSyncExternalStore(
    refusals?.subscribe ?? noSubscription,
    refusals?.getRefused ?? none,
    refusals?.getRefused ?? none,
  );
}
