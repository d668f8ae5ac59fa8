import type { Finding } from "../../../model/findings/Finding";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import { worstSeverity } from "./findingsOfNode";
import { kindColor, NODE_KIND_GLYPH, NODE_KIND_LABEL } from "./nodeKind";
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
 * in the worst severity's colour, and a mark on shared objects. Names are React text.
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
        <span className="node-name">
          {node.name || <em className="muted">(no name)</em>}
          <span className="visually-hidden">, {NODE_KIND_LABEL[node.kind]}</span>
        </span>
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
          <span aria-hidden="true">⧉</span>
          <span className="visually-hidden">, shared</span>
        </span>
      )}
      {worst && (
        <span className={`node-badge badge-${worst}`} title={`${findings.length} ${worst}`}>
          {findings.length}
          <span className="visually-hidden">
            {" "}
            finding{findings.length === 1 ? "" : "s"}, worst {worst}
          </span>
        </span>
      )}
    </span>
  );
}
