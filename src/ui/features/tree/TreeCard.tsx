import type { ReactNode } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Finding } from "../../../model/findings/Finding";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { NodeLabel } from "../../shared/hierarchy/NodeLabel";
import { NODE_HEIGHT, NODE_WIDTH } from "../../shared/tree/layoutTree";

interface Props {
  readonly hierarchy: Hierarchy;
  readonly node: NodeId;
  readonly x: number;
  readonly y: number;
  /** How many of the node's children can be drawn (0: no expand control). */
  readonly childCount: number;
  readonly expanded: boolean;
  readonly selected: boolean;
  readonly highlighted: boolean;
  readonly findings: readonly Finding[];
  readonly stats: ReactNode;
  readonly onSelect: (node: NodeId) => void;
  readonly onToggle: (node: NodeId) => void;
}

/**
 * One node of the tree view, drawn when zoomed in enough to read it. What it shows of the node
 * is read from the hierarchy as it renders; its path is its address in the page.
 */
export function TreeCard(props: Props) {
  const { hierarchy, node, childCount, expanded, selected, highlighted } = props;
  const name = hierarchy.name(node);
  const classes = ["tree-card"];
  if (selected) classes.push("is-selected");
  else if (highlighted) classes.push("is-highlighted");
  return (
    <div
      className={classes.join(" ")}
      data-node-id={hierarchy.pathOf(node)}
      style={{
        transform: `translate(${props.x}px, ${props.y}px)`,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      }}
      onClick={() => props.onSelect(node)}
    >
      <div className="tree-card-main">
        <NodeLabel
          hierarchy={hierarchy}
          node={node}
          findings={props.findings}
          shared={hierarchy.isShared(node)}
          compact
        />
        {childCount > 0 && (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={expanded}
            aria-label={
              expanded
                ? `Collapse ${name}`
                : `Expand ${name}, ${childCount} ${childCount === 1 ? "child" : "children"}`
            }
            tabIndex={-1}
            onClick={(event) => {
              event.stopPropagation();
              props.onToggle(node);
            }}
          >
            {expanded ? "−" : childCount}
          </button>
        )}
      </div>
      {props.stats && <div className="tree-card-stats">{props.stats}</div>}
    </div>
  );
}
