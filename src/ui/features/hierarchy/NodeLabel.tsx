import type { Finding } from "../../../model/findings/Finding";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import { worstSeverity } from "./findingsOfNode";
import { kindColor, NODE_KIND_GLYPH } from "./nodeKind";
import "./NodeLabel.css";

interface Props {
  readonly node: HierarchyNode;
  readonly findings: readonly Finding[];
  readonly shared: boolean;
  /** Shorter wording for the tree's cards. */
  readonly compact?: boolean;
}

/**
 * A node as the outline and the tree show it: kind glyph, name, the Stat Server id when it is
 * not the name (for a misnamed campaign group, the id Stat Server expects), a finding badge
 * in the worst severity's colour, and a mark on shared objects. Names are React text. The
 * spoken form is `nodeAccessibleName`, set as the label of the element that holds this.
 */
export function NodeLabel({ node, findings, shared, compact = false }: Props) {
  const worst = worstSeverity(findings);
  const showStatId = node.statId !== null && node.statId !== node.name;
  const misnamed = node.kind === "campaignGroup" && showStatId;
  return (
    <span className="node-label">
      <span className="node-glyph" style={{ background: kindColor(node.kind) }} aria-hidden="true">
        {NODE_KIND_GLYPH[node.kind]}
      </span>
      <span className="node-text">
        <span className="node-name">{node.name || <em className="muted">(no name)</em>}</span>
        {showStatId && (
          <span className={misnamed ? "node-statid node-statid-expected" : "node-statid"}>
            {misnamed
              ? compact
                ? "expects "
                : "Stat Server expects "
              : compact
                ? "id "
                : "Stat Server id "}
            <span className="mono">{node.statId}</span>
          </span>
        )}
      </span>
      {shared && (
        <span className="node-shared" title="Shared: appears in several places">
          ⧉
        </span>
      )}
      {worst && (
        <span className={`node-badge badge-${worst}`} title={`${findings.length} ${worst}`}>
          {findings.length}
        </span>
      )}
    </span>
  );
}
