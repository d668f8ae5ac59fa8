import type { ReactNode } from "react";
import type { SidePanel } from "../features/url/urlState";

interface Props {
  readonly view: SidePanel;
  readonly onChange: (view: SidePanel) => void;
  readonly findingCount: number;
  readonly outline: ReactNode;
  readonly findings: ReactNode;
}

const TABS: readonly SidePanel[] = ["outline", "findings"];

/** The left panel: the outline or the findings list, as a WAI-ARIA tab set. */
export function SidePanelTabs({ view, onChange, findingCount, outline, findings }: Props) {
  const label = (tab: SidePanel) => (tab === "outline" ? "Outline" : `Findings (${findingCount})`);
  return (
    <div className="side-panel">
      <div role="tablist" aria-label="Side panel" className="tabs">
        {TABS.map((tab, i) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-controls={`panel-${tab}`}
            aria-selected={view === tab}
            tabIndex={view === tab ? 0 : -1}
            className="tab"
            onClick={() => onChange(tab)}
            onKeyDown={(event) => {
              if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
              const next = TABS[(i + 1) % TABS.length]!;
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
        id={`panel-${view}`}
        aria-labelledby={`tab-${view}`}
        className="tab-panel"
      >
        {view === "outline" ? outline : findings}
      </div>
    </div>
  );
}
