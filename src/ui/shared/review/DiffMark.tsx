import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import { changeDetails } from "../../../model/diff/describeChange";
import { useReview } from "./ReviewContext";
import { changeOfNode } from "./changeOfNode";
import "./DiffMark.css";

/**
 * How a node's object changed since the "before" snapshot (`renamed`, `changed`...), drawn
 * beside its name in the outline and the tree; nothing when no comparison is loaded.
 */
export function DiffMark({ node }: { readonly node: HierarchyNode }) {
  const change = changeOfNode(node, useReview());
  if (!change) return null;
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
