import { changeDetails } from "../../../model/diff/describeChange";
import type { ObjectChange } from "../../../model/diff/ModelDiff";
import "./DiffMark.css";

/**
 * How a node's object changed since the "before" snapshot (`renamed`, `changed`...), drawn
 * beside its name in the outline and the tree (through the review slots).
 */
export function DiffMark({ change }: { readonly change: ObjectChange }) {
  const likely = change.rename?.match === "likely" ? "?" : "";
  return (
    <span
      className={`diff-mark diff-${change.type}`}
      title={changeDetails(change).join("\n") || change.type}
      data-change={change.type}
    >
      {change.type}
      {likely}
    </span>
  );
}
