import type { ReactNode } from "react";
import type { NodePath } from "../../../model/config/ids";
import type { Finding } from "../../../model/findings/Finding";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import { NodeLabel } from "../../shared/hierarchy/NodeLabel";
import { NODE_HEIGHT, NODE_WIDTH } from "../../shared/tree/layoutTree";

interface Props {
  readonly node: HierarchyNode;
  readonly x: number;
  readonly y: number;
  readonly expanded: boolean;
  readonly selected: boolean;
  readonly highlighted: boolean;
  readonly shared: boolean;
  readonly findings: readonly Finding[];
  readonly stats: ReactNode;
  readonly onSelect: (id: NodePath) => void;
  readonly onToggle: (id: NodePath) => void;
}

/** One node of the tree view, drawn when zoomed in enough to read it. */
export function TreeCard(props: Props) {
  const { node, expanded, selected, highlighted } = props;
  const hasChildren = node.children.length > 0;
  const classes = ["tree-card"];
  if (selected) classes.push("is-selected");
  else if (highlighted) classes.push("is-highlighted");
  return (
    <div
      className={classes.join(" ")}
      data-node-id={node.id}
      style={{
        transform: `translate(${props.x}px, ${props.y}px)`,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      }}
      onClick={() => props.onSelect(node.id)}
    >
      <div className="tree-card-main">
        <NodeLabel node={node} findings={props.findings} shared={props.shared} compact />
        {hasChildren && (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={expanded}
            aria-label={
              expanded
                ? `Collapse ${node.name}`
                : `Expand ${node.name}, ${node.children.length} ${node.children.length === 1 ? "child" : "children"}`
            }
            tabIndex={-1}
            onClick={(event) => {
              event.stopPropagation();
              props.onToggle(node.id);
            }}
          >
            {expanded ? "−" : node.children.length}
          </button>
        )}
      </div>
      {props.stats && <div className="tree-card-stats">{props.stats}</div>}
    </div>
  );
}
