import type { ReactNode } from "react";
import type { Inputs } from "../features/load/useOpenConfig";
import { OpenControls } from "../features/load/OpenControls";
import { useStatsSlots } from "../features/statsSlots/StatsSlots";

interface Props {
  readonly onOpen: (inputs: Inputs) => void;
  readonly busy: boolean;
  readonly sources: readonly string[];
  /** Search, pivot and exports, when a configuration is open. */
  readonly tools: ReactNode;
}

export function AppHeader({ onOpen, busy, sources, tools }: Props) {
  const { renderHeaderStatus } = useStatsSlots();
  return (
    <header className="app-header">
      <div className="app-brand">
        <h1 className="app-title">Campaign Lens</h1>
        <span className="app-sources muted" title={sources.join(", ")}>
          {sources.length > 0 ? sources.join(" + ") : "No configuration open"}
        </span>
      </div>
      <OpenControls onOpen={onOpen} disabled={busy} />
      {tools}
      {renderHeaderStatus && <div className="app-status">{renderHeaderStatus()}</div>}
    </header>
  );
}
