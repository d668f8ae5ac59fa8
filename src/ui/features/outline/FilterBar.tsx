import { RULES_STILL_RUN } from "../../shared/load/rulesStillRun";
import type { NodePath } from "../../../model/config/ids";
import { useStatsSlots } from "../../shared/statsSlots/StatsSlots";
import type { NodeFilter } from "../../shared/url/urlState";
import { VisibleName } from "../../shared/hierarchy/VisibleName";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { useShownHierarchy } from "../../shared/shownHierarchy/ShownHierarchyContext";
import { useAlarmsAvailable } from "../../shared/shownHierarchy/ShownHierarchyProvider";
import "./FilterBar.css";

interface Props {
  /** The filter asked for (by the user or a link), which may not apply. */
  readonly filter: NodeFilter | null;
  readonly focus: NodePath | null;
  readonly onFilter: (filter: NodeFilter | null) => void;
  readonly onFocus: (focus: NodePath | null) => void;
}

const CHOICES: readonly { value: NodeFilter | null; label: string }[] = [
  { value: null, label: "All objects" },
  { value: "findings", label: "With findings" },
  { value: "alarms", label: "In alarm" },
];

const ALARMS_REASON = "needs live or simulated statistics";

/**
 * What the outline and the tree show: everything, only nodes with findings, or only nodes in
 * alarm, each with its path; and a focus on one subtree, with the way back.
 */
export function FilterBar({ filter, focus, onFilter, onFocus }: Props) {
  const { analysis, hierarchy, selected } = useWorkspace();
  const alarmsAvailable = useAlarmsAvailable(useStatsSlots().alarms);
  const { filtered, filter: applied, empty } = useShownHierarchy();
  const focusNode = filtered?.focusNode ?? null;
  const canFocus = selected !== null && hierarchy.childCount(selected) > 0;
  return (
    <div className="filter-bar">
      <fieldset className="filter-choice">
        <legend className="filter-legend">Show</legend>
        {CHOICES.map(({ value, label }) => {
          const noAlarms = value === "alarms" && !alarmsAvailable;
          const checking = value === "findings" && analysis.checking === true;
          const disabled = noAlarms || checking;
          return (
            <label
              key={label}
              className="filter-option"
              aria-disabled={disabled || undefined}
              title={
                noAlarms ? `In alarm: ${ALARMS_REASON}` : checking ? RULES_STILL_RUN : undefined
              }
            >
              <input
                type="radio"
                name="node-filter"
                // What is shown: a filter asked for that cannot apply leaves "All objects" on.
                checked={applied === value}
                disabled={disabled}
                aria-describedby={noAlarms ? "filter-alarms-reason" : undefined}
                onChange={() => onFilter(value)}
                // "All objects", on while an alarm filter waits for statistics, drops that filter.
                onClick={() => {
                  if (applied === value && filter !== value) onFilter(value);
                }}
              />
              {label}
            </label>
          );
        })}
        {!alarmsAvailable && (
          <span id="filter-alarms-reason" className="filter-reason">
            In alarm: {ALARMS_REASON}
          </span>
        )}
      </fieldset>
      {focusNode !== null ? (
        <nav className="filter-focus" aria-label="Focus">
          <span className="filter-focus-label">Focused on</span>
          <ol className="filter-path">
            {filtered!.focusPath.map((node) => (
              <li key={node}>
                <VisibleName name={hierarchy.name(node)} />
              </li>
            ))}
            <li aria-current="location">
              <strong>
                <VisibleName name={hierarchy.name(focusNode)} />
              </strong>
            </li>
          </ol>
          <button type="button" className="button" onClick={() => onFocus(null)}>
            Show whole hierarchy
          </button>
        </nav>
      ) : (
        <button
          type="button"
          className="button"
          disabled={!canFocus}
          title={canFocus ? undefined : "Select a node with children to focus on its subtree"}
          onClick={() => selected !== null && onFocus(hierarchy.pathOf(selected))}
        >
          Focus on selected
        </button>
      )}
      <p className="filter-status" role="status">
        {statusText(
          filter,
          applied,
          focus,
          filtered?.focusMissing ?? false,
          empty,
          filtered?.matches,
        )}
      </p>
      {filtered?.focusMissing && (
        <button type="button" className="button" onClick={() => onFocus(null)}>
          Clear focus
        </button>
      )}
    </div>
  );
}

function statusText(
  asked: NodeFilter | null,
  applied: NodeFilter | null,
  focus: NodePath | null,
  focusMissing: boolean,
  empty: string | null,
  matches: number | undefined,
): string {
  const parts: string[] = [];
  if (focusMissing) {
    parts.push(
      `The focused object ${focus} is not in this hierarchy; the whole hierarchy is shown.`,
    );
  }
  if (asked === "alarms" && applied === null) {
    // Why is said beside the choice; here only what the link asked for and what is shown.
    parts.push("Alarms are not available; all objects are shown.");
  }
  if (empty) parts.push(empty);
  else if (applied !== null && matches !== undefined) {
    const what = applied === "findings" ? "with findings" : "in alarm";
    parts.push(
      `${matches} ${matches === 1 ? "object" : "objects"} ${what}, shown with their paths.`,
    );
  }
  return parts.join(" ");
}
