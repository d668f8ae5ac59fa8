import type { ReactNode } from "react";
import type { Inputs } from "../shared/load/useOpenConfig";
import { OpenControls } from "../shared/load/OpenControls";
import { SessionControl } from "../features/session/SessionControl";
import { useStatsSlots } from "../shared/statsSlots/StatsSlots";
import "./AppHeader.css";

interface Props {
  readonly onOpen: (inputs: Inputs) => void;
  readonly busy: boolean;
  readonly sources: readonly string[];
  /** Search, when a configuration is open: always in view, also on a phone. */
  readonly search?: ReactNode;
  /** Pivot, exports and review tools, when a configuration is open. */
  readonly tools: ReactNode;
  /**
   * Whether the phone's Tools row is open. Held by the page, not the header: the header is
   * drawn anew when the pivot changes, and choosing a pivot in the row must not fold it.
   */
  readonly toolsOpen: boolean;
  readonly onToolsOpen: (open: boolean) => void;
}

/**
 * The page's header. On a phone the tools (and the ways to open another configuration) fold
 * into a row behind a Tools button, so the header keeps to the name, the search, the
 * statistics' status with the alarm count, and who is signed in with Sign out, instead of
 * taking a third of the screen.
 */
export function AppHeader({ onOpen, busy, sources, search, tools, toolsOpen, onToolsOpen }: Props) {
  const { renderHeaderStatus } = useStatsSlots();
  const folds = tools !== null && tools !== undefined;
  return (
    <header className="app-header" data-tools={folds ? (toolsOpen ? "open" : "closed") : undefined}>
      <div className="app-brand">
        <h1 className="app-title">Campaign Lens</h1>
        <span className="app-sources muted" title={sources.join(", ")}>
          {sources.length > 0 ? sources.join(" + ") : "No configuration open"}
        </span>
      </div>
      {folds && (
        <button
          type="button"
          className="button app-tools-toggle"
          aria-expanded={toolsOpen}
          aria-controls="app-tools"
          onClick={() => onToolsOpen(!toolsOpen)}
        >
          Tools
          <span className="app-tools-chevron" aria-hidden="true">
            {toolsOpen ? "▴" : "▾"}
          </span>
        </button>
      )}
      <div id="app-tools" className="app-tools">
        <OpenControls onOpen={onOpen} disabled={busy} />
        {tools}
      </div>
      {search}
      {renderHeaderStatus && <div className="app-status">{renderHeaderStatus()}</div>}
      <SessionControl />
    </header>
  );
}
