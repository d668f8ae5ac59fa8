import type { ReactNode } from "react";
import { useAlarmsIn } from "../shared/statsSlots/alarmsIn";
import { useStatsSlots } from "../shared/statsSlots/StatsSlots";
import { useWorkspace } from "../shared/workspace/WorkspaceContext";
import type { SidePanel } from "../shared/url/urlState";

interface Props {
  readonly view: SidePanel;
  readonly onChange: (view: SidePanel) => void;
  /** Null while the rules still run. */
  readonly findingCount: number | null;
  readonly outline: ReactNode;
  readonly findings: ReactNode;
}

/**
 * The left panel: the outline, the findings list, or the alarm list when statistics provide
 * one, as a WAI-ARIA tab set.
 */
export function SidePanelTabs({ view, onChange, findingCount, outline, findings }: Props) {
  const { alarms, renderAlarmList } = useStatsSlots();
  const alarmCount = useAlarmsIn(alarms, useWorkspace().hierarchy).size;
  const tabs: readonly SidePanel[] = renderAlarmList
    ? ["outline", "findings", "alarms"]
    : ["outline", "findings"];
  const shown = tabs.includes(view) ? view : "outline";
  const label = (tab: SidePanel) =>
    tab === "outline"
      ? "Outline"
      : tab === "findings"
        ? `Findings (${findingCount ?? "…"})`
        : `Alarms (${alarmCount})`;
  return (
    <div className="side-panel">
      <div role="tablist" aria-label="Side panel" className="tabs">
        {tabs.map((tab, i) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-controls={`panel-${tab}`}
            aria-selected={shown === tab}
            tabIndex={shown === tab ? 0 : -1}
            className="tab"
            onClick={() => onChange(tab)}
            onKeyDown={(event) => {
              if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
              const step = event.key === "ArrowRight" ? 1 : tabs.length - 1;
              const next = tabs[(i + step) % tabs.length]!;
              onChange(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {label(tab)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${shown}`}
        aria-labelledby={`tab-${shown}`}
        className="tab-panel"
      >
        {shown === "outline" ? outline : shown === "findings" ? findings : renderAlarmList?.()}
      </div>
    </div>
  );
}
