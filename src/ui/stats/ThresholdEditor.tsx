import { NODE_KINDS, type NodeKind } from "../../model/hierarchy/HierarchyNode";
import { FIGURE_NAMES, FIGURES, type FigureName } from "../../model/stats/Figure";
import { DEFAULT_THRESHOLDS, THRESHOLD_LEVELS, type Threshold } from "../../model/stats/Threshold";
import { NODE_KIND_LABEL } from "../features/hierarchy/nodeKind";

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
}

const OPS: readonly Threshold["op"][] = ["above", "below", "is"];
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

/** Edits the thresholds: each change applies at once and is saved by the caller. */
export function ThresholdEditor({ thresholds, onChange }: Props) {
  const update = (id: string, change: Partial<Threshold>) =>
    onChange((current) => current.map((t) => (t.id === id ? { ...t, ...change } : t)));

  return (
    <div className="threshold-editor">
      <table>
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Node kind</th>
            <th scope="col">Figure</th>
            <th scope="col">When</th>
            <th scope="col">Value</th>
            <th scope="col">Level</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {thresholds.map((threshold, index) => {
            const name = `${NODE_KIND_LABEL[threshold.kind]} ${FIGURES[threshold.figure].label}`;
            const unit = FIGURES[threshold.figure].unit;
            return (
              <tr key={threshold.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Enable threshold on ${name}`}
                    checked={threshold.enabled}
                    onChange={(event) => update(threshold.id, { enabled: event.target.checked })}
                  />
                </td>
                <td>
                  <select
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
                </td>
                <td>
                  <select
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
                </td>
                <td>
                  <select
                    aria-label={`Comparison of threshold ${index + 1}`}
                    value={threshold.op}
                    onChange={(event) =>
                      update(threshold.id, { op: event.target.value as Threshold["op"] })
                    }
                  >
                    {OPS.map((op) => (
                      <option key={op} value={op}>
                        {op}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {/* Remounted only when the unit or the kind of value changes, to show it anew. */}
                  <input
                    type={threshold.op === "is" ? "text" : "number"}
                    step="any"
                    aria-label={`Value of threshold on ${name}${unit === "fraction" ? " (percent)" : ""}`}
                    defaultValue={shown(threshold.figure, threshold.value)}
                    key={`${unit}:${threshold.op === "is"}`}
                    onChange={(event) => {
                      const value = parsed(threshold.figure, threshold.op, event.target.value);
                      if (value !== null) update(threshold.id, { value });
                    }}
                  />
                  {unit === "fraction" && threshold.op !== "is" ? " %" : ""}
                </td>
                <td>
                  <select
                    aria-label={`Level of threshold ${index + 1}`}
                    value={threshold.level}
                    onChange={(event) =>
                      update(threshold.id, { level: event.target.value as Threshold["level"] })
                    }
                  >
                    {THRESHOLD_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {level}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove threshold on ${name}`}
                    onClick={() =>
                      onChange((current) => current.filter((t) => t.id !== threshold.id))
                    }
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
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
      <button type="button" onClick={() => onChange(() => DEFAULT_THRESHOLDS)}>
        Reset to defaults
      </button>
    </div>
  );
}
