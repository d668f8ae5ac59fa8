import type { ReactNode } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Finding } from "../../../model/findings/Finding";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { NodeLabel } from "../../shared/hierarchy/NodeLabel";

interface Props {
  readonly hierarchy: Hierarchy;
  readonly node: NodeId;
  /** 1 for the top rows. */
  readonly level: number;
  readonly posInSet: number;
  readonly setSize: number;
  /** Whether it has children shown (it can be opened). */
  readonly hasChildren: boolean;
  readonly domId: string;
  readonly expanded: boolean;
  readonly selected: boolean;
  readonly focused: boolean;
  readonly highlighted: boolean;
  readonly shared: boolean;
  readonly findings: readonly Finding[];
  readonly stats: ReactNode;
  readonly top: number;
  readonly height: number;
  readonly onSelect: (node: NodeId) => void;
  readonly onToggle: (node: NodeId) => void;
}

/** One treeitem of the outline, placed by the virtualiser. */
export function OutlineRow({
  hierarchy,
  node,
  level,
  posInSet,
  setSize,
  hasChildren,
  domId,
  expanded,
  selected,
  focused,
  highlighted,
  shared,
  findings,
  stats,
  top,
  height,
  onSelect,
  onToggle,
}: Props) {
  const classes = ["outline-row"];
  if (selected) classes.push("is-selected");
  if (focused) classes.push("is-focused");
  if (highlighted && !selected) classes.push("is-highlighted");
  return (
    <div
      id={domId}
      role="treeitem"
      aria-level={level}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      className={classes.join(" ")}
      style={{ transform: `translateY(${top}px)`, height, paddingLeft: 8 + (level - 1) * 18 }}
      onClick={() => onSelect(node)}
    >
      <span
        className="outline-twisty"
        data-state={hasChildren ? (expanded ? "open" : "closed") : "leaf"}
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          if (hasChildren) onToggle(node);
        }}
      ></span>
      <NodeLabel hierarchy={hierarchy} node={node} findings={findings} shared={shared} />
      {stats && <span className="outline-stats">{stats}</span>}
    </div>
  );
}
