import type { NodeId } from "../../../model/config/ids";
import type { Finding } from "../../../model/findings/Finding";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { useReviewSlots } from "../reviewSlots/ReviewSlots";
import { worstSeverity } from "./findingsOfNode";
import { KindGlyph } from "./KindGlyph";
import { NODE_KIND_LABEL } from "./nodeKind";
import { SharedIcon } from "./SharedIcon";
import "./NodeLabel.css";
import { plainVisibleName } from "./plainVisibleName";
import { titleWhenCut } from "./titleWhenCut";
import { VisibleName } from "./VisibleName";

interface Props {
  readonly hierarchy: Hierarchy;
  readonly node: NodeId;
  readonly findings: readonly Finding[];
  readonly shared: boolean;
  /** Shorter wording for the tree's cards. */
  readonly compact?: boolean;
}

/**
 * A node as the outline and the tree show it: kind glyph, name, the Stat Server id when it is
 * not the name (for a misnamed campaign group, the id Stat Server expects), a finding badge
 * in the worst severity's colour, a review's change mark (through the review slots), and a
 * mark on shared objects. Names are React text. Hidden words (the kind, "shared", the findings)
 * complete the accessible name the outline item takes from its content: "Team A, Campaign
 * group, Stat Server expects Sales@Team1, 1 finding".
 */
export function NodeLabel({ hierarchy, node, findings, shared, compact = false }: Props) {
  const { renderNodeMark } = useReviewSlots();
  const worst = worstSeverity(findings);
  const kind = hierarchy.kind(node);
  const name = hierarchy.name(node);
  const statId = hierarchy.statId(node);
  const showStatId = statId !== null && statId !== name;
  const misnamed = kind === "campaignGroup" && showStatId;
  return (
    <span className="node-label">
      <KindGlyph kind={kind} />
      <span className="node-text">
        <span className="node-name" {...titleWhenCut(() => plainVisibleName(name))}>
          {name ? <VisibleName name={name} /> : <em className="muted">(no name)</em>}
          <span className="visually-hidden">, {NODE_KIND_LABEL[kind]}</span>
        </span>
        {showStatId && (
          <span
            className={misnamed ? "node-statid node-statid-expected" : "node-statid"}
            {...titleWhenCut(
              () =>
                `${misnamed ? "Stat Server expects" : "Stat Server id"} ${plainVisibleName(statId)}`,
            )}
          >
            <span className="visually-hidden">, </span>
            {misnamed
              ? compact
                ? "expects "
                : "Stat Server expects "
              : compact
                ? "id "
                : "Stat Server id "}
            <span className="mono">
              <VisibleName name={statId} />
            </span>
          </span>
        )}
      </span>
      {renderNodeMark?.(node)}
      {shared && (
        <span className="node-shared" title="Shared: appears in several places">
          <SharedIcon />
          <span className="visually-hidden">, shared</span>
        </span>
      )}
      {worst && (
        <span className={`node-badge badge-${worst}`} title={`${findings.length} ${worst}`}>
          <span className="visually-hidden">, </span>
          {findings.length}
          <span className="visually-hidden">
            {findings.length === 1 ? " finding" : " findings"}, worst {worst}
          </span>
        </span>
      )}
    </span>
  );
}
