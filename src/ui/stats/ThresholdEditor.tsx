import type { NodeId } from "../../model/config/ids";
import { NODE_KINDS, type NodeKind } from "../../model/hierarchy/NodeKind";
import { FIGURE_NAMES, FIGURES, type FigureName } from "../../model/stats/Figure";
import { DEFAULT_THRESHOLDS, THRESHOLD_LEVELS, type Threshold } from "../../model/stats/Threshold";
import { NODE_KIND_LABEL } from "../shared/hierarchy/nodeKind";
import { VisibleName } from "../shared/hierarchy/VisibleName";
import { FIGURE_STATES } from "./figureStateLabel";
import { levelPhrase, type ThresholdPreview } from "./thresholdPreviews";
import "./ThresholdEditor.css";

/** A change to the thresholds, applied to the latest list rather than to the one drawn. */
export type ThresholdUpdate = (current: readonly Threshold[]) => readonly Threshold[];

interface Props {
  readonly thresholds: readonly Threshold[];
  /**
   * Takes an update, not a list: the statistics store draws at most once per frame, so two
   * quick edits (a node kind, then a figure) would otherwise both start from the list drawn
   * before the first, and the second would undo the first.
   */
  readonly onChange: (update: ThresholdUpdate) => void;
  /** What each rule would colour with the figures of now, by rule id; none before figures. */
  readonly previews?: ReadonlyMap<string, ThresholdPreview>;
  /** How a node is named in a preview. */
  readonly nameOf?: (node: NodeId) => string;
}

const OP_LABEL: Readonly<Record<Threshold["op"], string>> = {
  above: "is above",
  below: "is below",
  is: "is",
};
const OPS = Object.keys(OP_LABEL) as Threshold["op"][];
const LEVEL_LABEL = { warning: "Warning", alarm: "Alarm" } as const;
const KINDS = NODE_KINDS.filter((kind) => kind !== "unassigned");

// Fractions are entered as percentages, as supervisors say them ("3%"), and stored as 0.03.
function shown(figure: FigureName, value: Threshold["value"]): string {
  if (typeof value === "number" && FIGURES[figure].unit === "fraction")
    return String(+(value * 100).toFixed(4));
  return String(value);
}

function parsed(figure: FigureName, op: Threshold["op"], raw: string): Threshold["value"] | null {
  if (op === "is") return raw;
  const number = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(number)) return null;
  return FIGURES[figure].unit === "fraction" ? number / 100 : number;
}

/** "campaign group" → "3 campaign groups". */
function counted(kind: NodeKind, count: number): string {
  const noun = NODE_KIND_LABEL[kind].toLowerCase();
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * Edits the thresholds, each change applied at once and saved by the caller. Each rule reads
 * as a sentence in the supervisor's words ("Campaign group · Overdial rate · is above · 3 % ·
 * Alarm") and says what it would colour now.
 */
export function ThresholdEditor({ thresholds, onChange, previews, nameOf }: Props) {
  const update = (id: string, change: Partial<Threshold>) =>
    onChange((current) => current.map((t) => (t.id === id ? { ...t, ...change } : t)));

  return (
    <div className="threshold-editor">
      <ol className="threshold-rules" aria-label="Thresholds">
        {thresholds.map((threshold, index) => {
          const name = `${NODE_KIND_LABEL[threshold.kind]} ${FIGURES[threshold.figure].label}`;
          const unit = FIGURES[threshold.figure].unit;
          const states = threshold.op === "is" ? FIGURE_STATES[threshold.figure] : undefined;
          const preview = previews?.get(threshold.id);
          return (
            <li key={threshold.id} className="threshold-rule" data-enabled={threshold.enabled}>
              <div className="threshold-controls">
                {/* The label is the checkbox's touch target on a phone, larger than the box drawn. */}
                <label className="threshold-enable">
                  <input
                    type="checkbox"
                    aria-label={`Enable threshold on ${name}`}
                    checked={threshold.enabled}
                    onChange={(event) => update(threshold.id, { enabled: event.target.checked })}
                  />
                </label>
                <select
                  className="select"
                  aria-label={`Node kind of threshold ${index + 1}`}
                  value={threshold.kind}
                  onChange={(event) =>
                    update(threshold.id, { kind: event.target.value as NodeKind })
                  }
                >
                  {KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {NODE_KIND_LABEL[kind]}
                    </option>
                  ))}
                </select>
                <select
                  className="select"
                  aria-label={`Figure of threshold ${index + 1}`}
                  value={threshold.figure}
                  onChange={(event) =>
                    update(threshold.id, { figure: event.target.value as FigureName })
                  }
                >
                  {FIGURE_NAMES.map((figure) => (
                    <option key={figure} value={figure}>
                      {FIGURES[figure].label}
                    </option>
                  ))}
                </select>
                <select
                  className="select"
                  aria-label={`Comparison of threshold ${index + 1}`}
                  value={threshold.op}
                  onChange={(event) =>
                    update(threshold.id, { op: event.target.value as Threshold["op"] })
                  }
                >
                  {OPS.map((op) => (
                    <option key={op} value={op}>
                      {OP_LABEL[op]}
                    </option>
                  ))}
                </select>
                <span className="threshold-value">
                  {states ? (
                    <select
                      className="select"
                      aria-label={`Value of threshold on ${name}`}
                      value={String(threshold.value)}
                      onChange={(event) => update(threshold.id, { value: event.target.value })}
                    >
                      {states.some(([stored]) => stored === String(threshold.value)) ? null : (
                        <option value={String(threshold.value)}>{String(threshold.value)}</option>
                      )}
                      {states.map(([stored, label]) => (
                        <option key={stored} value={stored}>
                          {label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    // Remounted only when the unit or the kind of value changes, to show it anew.
                    <input
                      className="input"
                      type={threshold.op === "is" ? "text" : "number"}
                      step="any"
                      aria-label={`Value of threshold on ${name}${unit === "fraction" && threshold.op !== "is" ? " (percent)" : ""}`}
                      defaultValue={shown(threshold.figure, threshold.value)}
                      key={`${unit}:${threshold.op === "is"}`}
                      onChange={(event) => {
                        const value = parsed(threshold.figure, threshold.op, event.target.value);
                        if (value !== null) update(threshold.id, { value });
                      }}
                    />
                  )}
                  {unit === "fraction" && threshold.op !== "is" ? " %" : ""}
                </span>
                {/* The level and its remove button wrap together: a lone × reads as belonging to nothing. */}
                <span className="threshold-end">
                  <select
                    className="select"
                    aria-label={`Level of threshold ${index + 1}`}
                    value={threshold.level}
                    onChange={(event) =>
                      update(threshold.id, { level: event.target.value as Threshold["level"] })
                    }
                  >
                    {THRESHOLD_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {LEVEL_LABEL[level]}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button threshold-remove"
                    aria-label={`Remove threshold on ${name}`}
                    onClick={() =>
                      onChange((current) => current.filter((t) => t.id !== threshold.id))
                    }
                  >
                    ×
                  </button>
                </span>
              </div>
              {preview && (
                <p className="threshold-preview">
                  {previewText(threshold, preview)}
                  {preview.nodes.map((id, i) => (
                    <span key={id}>
                      {i === 0 ? ": " : ", "}
                      <VisibleName name={nameOf?.(id) ?? `node ${id}`} />
                    </span>
                  ))}
                  {preview.count > preview.nodes.length ? ", …" : preview.count > 0 ? "." : ""}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() =>
          onChange((current) => [
            ...current,
            {
              id: `custom-${Date.now().toString(36)}`,
              kind: "campaignGroup",
              figure: "hitRatio",
              op: "below",
              value: 0.1,
              level: "warning",
              enabled: true,
            },
          ])
        }
      >
        Add threshold
      </button>{" "}
      <button type="button" className="button" onClick={() => onChange(() => DEFAULT_THRESHOLDS)}>
        Reset to defaults
      </button>
    </div>
  );
}

function previewText(threshold: Threshold, preview: ThresholdPreview): string {
  const what =
    preview.count === 0
      ? "nothing"
      : `${counted(threshold.kind, preview.count)} ${levelPhrase(threshold.level)}`;
  return threshold.enabled
    ? `Would colour ${what} now${preview.count === 0 ? "." : ""}`
    : `Off. If on, it would colour ${what} now${preview.count === 0 ? "." : ""}`;
}
