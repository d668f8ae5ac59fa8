import type { ReactNode } from "react";
import type { Finding } from "../../../model/findings/Finding";
import { NodeLabel } from "../../shared/hierarchy/NodeLabel";
import type { VisibleRow } from "../../shared/viewState/visibleRows";

interface Props {
  readonly row: VisibleRow;
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
  readonly onSelect: (row: VisibleRow) => void;
  readonly onToggle: (row: VisibleRow) => void;
}

/** One treeitem of the outline, placed by the virtualiser. */
export function OutlineRow({
  row,
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
  const hasChildren = row.node.children.length > 0;
  const classes = ["outline-row"];
  if (selected) classes.push("is-selected");
  if (focused) classes.push("is-focused");
  if (highlighted && !selected) classes.push("is-highlighted");
  return (
    <div
      id={domId}
      role="treeitem"
      aria-level={row.level}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      className={classes.join(" ")}
      style={{ transform: `translateY(${top}px)`, height, paddingLeft: 8 + (row.level - 1) * 18 }}
      onClick={() => onSelect(row)}
    >
      <span
        className="outline-twisty"
        data-state={hasChildren ? (expanded ? "open" : "closed") : "leaf"}
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          if (hasChildren) onToggle(row);
        }}
      ></span>
      <NodeLabel node={row.node} findings={findings} shared={shared} />
      {stats && <span className="outline-stats">{stats}</span>}
    </div>
  );
}
