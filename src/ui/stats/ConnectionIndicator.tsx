import { FeedStatement } from "./FeedStatement";
import type { StatsSource } from "./StatsView";
import type { StatsStore } from "./StatsStore";
import { useStatsView } from "./useStatsView";

const SOURCE_LABEL: Record<StatsSource, string> = {
  simulated: "Simulated",
  live: "Live",
  off: "Statistics off",
};

interface Props {
  readonly store: StatsStore;
  readonly source: StatsSource;
  readonly onSource: (source: StatsSource) => void;
  /** Whether a statistics server answered on this origin (live can be chosen). */
  readonly liveAvailable: boolean;
  /** Why the simulator is not running yet, when a configuration is open. */
  readonly simulatorWaits?: string | null;
}

/** Always in the header: where the figures come from and whether they are flowing. */
export function ConnectionIndicator({
  store,
  source,
  onSource,
  liveAvailable,
  simulatorWaits = null,
}: Props) {
  const connection = useStatsView(store, (view) => view.connection);
  const detail = useStatsView(store, (view) => view.detail);
  const outage = useStatsView(store, (view) => view.outages.get("api"));
  const dropped = useStatsView(store, (view) => view.dropped);
  // The stream may be connected while Stat Server behind the Statistics API is not.
  const down = source === "live" && connection === "connected" && outage !== undefined;
  // The reason is shown when it says more than the label ("Stat Server unavailable" twice does not).
  const reason =
    outage?.reason && outage.reason !== "Stat Server unavailable" ? ` (${outage.reason})` : "";
  const label = down
    ? `Stat Server unavailable${reason}`
    : source === "off"
      ? "off"
      : source === "simulated"
        ? connection === "connected"
          ? "running"
          : (simulatorWaits ??
            (connection === "connecting" && detail
              ? detail
              : "open a configuration to simulate it"))
        : connection;
  return (
    <div className="stats-indicator">
      <span
        className="stats-dot"
        data-connection={source === "off" ? "idle" : down ? "unavailable" : connection}
        aria-hidden="true"
      />
      <span
        role="status"
        aria-live="polite"
        data-testid="stats-connection"
        data-connection={connection}
        data-unavailable={down || undefined}
        title={
          dropped > 0
            ? `${dropped} malformed message${dropped === 1 ? "" : "s"} or entries dropped`
            : undefined
        }
      >
        {SOURCE_LABEL[source]}
        {source !== "off" && `: ${label}`}
        {detail && source === "live" && connection !== "connected" ? ` (${detail})` : ""}
      </span>
      {source === "live" && <FeedStatement store={store} />}
      <label>
        <span className="visually-hidden">Statistics source</span>
        <select
          className="select"
          aria-label="Statistics source"
          value={source}
          onChange={(event) => onSource(event.target.value as StatsSource)}
        >
          <option value="simulated">Simulated</option>
          <option value="live" disabled={!liveAvailable}>
            Live{liveAvailable ? "" : " (no server)"}
          </option>
          <option value="off">Off</option>
        </select>
      </label>
    </div>
  );
}
