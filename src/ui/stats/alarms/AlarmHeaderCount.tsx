import { useUrlState } from "../../shared/url/useUrlState";
import type { AlarmSource } from "../../shared/statsSlots/StatsSlots";
import type { AlarmAcknowledgements } from "./AlarmAcknowledgements";
import { BellIcon } from "./BellIcon";
import type { StatsStore } from "../StatsStore";
import { useStatsView } from "../useStatsView";
import { unacknowledged } from "./unacknowledged";
import { useAcknowledgementsVersion } from "./useAlarms";
import { useWorkspaceAlarms } from "./useWorkspaceAlarms";
import "./alarms.css";

interface Props {
  readonly store: StatsStore;
  readonly alarms: AlarmSource;
  readonly acknowledgements: AlarmAcknowledgements;
}

/**
 * The header's count of unacknowledged alarms; it opens the alarm list. The count is the
 * button's accessible name, and a polite live region says when it changes.
 */
export function AlarmHeaderCount({ store, alarms, acknowledgements }: Props) {
  const current = useWorkspaceAlarms(store, alarms).alarms;
  useAcknowledgementsVersion(acknowledgements);
  const [, setUrl] = useUrlState();
  const off = useStatsView(store, (view) => view.source === "off");
  if (off) return null;
  const count = unacknowledged(current, acknowledgements);
  const worst = [...current.values()].some(
    (alarm) => alarm.level === "alarm" && !acknowledgements.isAcknowledged(alarm),
  )
    ? "alarm"
    : count > 0
      ? "warning"
      : "ok";
  // The number as shown, also at zero: the button's name must hold its visible text.
  const said = `${count} unacknowledged ${count === 1 ? "alarm" : "alarms"}`;
  return (
    <>
      <button
        type="button"
        className="button alarm-count"
        data-level={worst}
        aria-label={`${said}: show the alarm list`}
        title={`${said}. Show the alarm list`}
        onClick={() => setUrl({ view: "alarms" })}
      >
        <BellIcon />
        <span aria-hidden="true">{count}</span>
      </button>
      <span className="visually-hidden" role="status">
        {said}
      </span>
    </>
  );
}
