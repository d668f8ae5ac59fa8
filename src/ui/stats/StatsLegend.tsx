import { useMemo, useRef, useState } from "react";
import type { NodeId } from "../../model/config/ids";
import { thresholdPreviews } from "./thresholdPreviews";
import { saveThresholds } from "./thresholdStorage";
import { ThresholdEditor, type ThresholdUpdate } from "./ThresholdEditor";
import { ThresholdPanel } from "./ThresholdPanel";
import type { StatsStore } from "./StatsStore";
import { UnexplainedRefusalsList } from "./UnexplainedRefusalsList";
import { UnknownObjectsList } from "./UnknownObjectsList";
import { useStatsView } from "./useStatsView";

const PREVIEW_EVERY_MS = 5000;

interface Props {
  readonly store: StatsStore;
  /** Why stored thresholds could not be used, shown once. */
  readonly storageProblem: string | null;
}

/**
 * Under the tree: what the colours mean, the button that opens the threshold editor, the ids
 * Stat Server refused that no finding explains, and unknown objects.
 */
export function StatsLegend({ store, storageProblem }: Props) {
  const thresholds = useStatsView(store, (view) => view.thresholds);
  const source = useStatsView(store, (view) => view.source);
  const [editing, setEditing] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const legend = useRef<HTMLElement>(null);
  const nodes = useStatsView(store, (view) => view.nodes);
  // The previews name nodes of the hierarchy the figures are of.
  const hierarchy = useStatsView(store, (view) => view.hierarchy);
  // Previews follow the figures every few seconds while the editor is open, and at once on
  // an edit; the store's node table is updated in place, so the clock is what moves them.
  const tick = useStatsView(store, (view) =>
    editing ? Math.floor(view.now / PREVIEW_EVERY_MS) : 0,
  );
  const previews = useMemo(
    () =>
      editing && nodes.length > 0
        ? thresholdPreviews(thresholds, nodes, tick * PREVIEW_EVERY_MS)
        : undefined,
    [editing, thresholds, nodes, tick],
  );
  if (source === "off") return null;
  const nameOf = (node: NodeId) => {
    if (hierarchy === null) return "";
    const kind = hierarchy.kind(node);
    const name = hierarchy.name(node);
    // A campaign group is known by campaign and group together ("Sales@Team A").
    return kind === "campaignGroup" || kind === "campaignCallingList"
      ? (hierarchy.statId(node) ?? name)
      : name;
  };
  const enabled = thresholds.filter((t) => t.enabled).length;
  const change = (update: ThresholdUpdate) => {
    const next = update(store.getView().thresholds);
    store.setThresholds(next);
    saveThresholds(next);
  };
  return (
    <section ref={legend} className="stats-legend" aria-label="Statistics legend">
      <ul>
        <li>
          <span className="stats-swatch" data-level="ok">
            within thresholds
          </span>
        </li>
        <li>
          <span className="stats-swatch" data-level="warning">
            warning
          </span>
        </li>
        <li>
          <span className="stats-swatch" data-level="alarm">
            alarm
          </span>
        </li>
        <li>
          <span className="stats-swatch" data-level="stale">
            stale: older than twice its interval
          </span>
        </li>
      </ul>
      <span className="muted">
        {enabled} of {thresholds.length} thresholds on
      </span>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={editing}
        onClick={() => setEditing(!editing)}
      >
        {editing ? "Close thresholds" : "Edit thresholds"}
      </button>
      {storageProblem && <p role="alert">{storageProblem}</p>}
      {editing && (
        <ThresholdPanel
          above={legend}
          onClose={() => {
            setEditing(false);
            toggle.current?.focus({ preventScroll: true });
          }}
        >
          <ThresholdEditor
            thresholds={thresholds}
            onChange={change}
            previews={previews}
            nameOf={nameOf}
          />
        </ThresholdPanel>
      )}
      <UnexplainedRefusalsList store={store} />
      <UnknownObjectsList store={store} />
    </section>
  );
}
