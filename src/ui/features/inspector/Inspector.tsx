import { useState } from "react";
import { findRule } from "../../../model/rules/ruleRegistry";
import { confirmedByStatServer } from "../../../model/stats/confirmedByStatServer";
import { ConfirmedBadge } from "../../shared/findings/ConfirmedBadge";
import { appearancesOfNode } from "../../shared/hierarchy/appearancesOfNode";
import { findingsOfNode } from "../../shared/hierarchy/findingsOfNode";
import { KindGlyph } from "../../shared/hierarchy/KindGlyph";
import { NODE_KIND_LABEL } from "../../shared/hierarchy/nodeKind";
import { useModel } from "../../shared/load/modelQuery";
import { useStatsSlots } from "../../shared/statsSlots/StatsSlots";
import { useRefusals } from "../../shared/statsSlots/useRefusals";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { CopyButton } from "./CopyButton";
import { nodePath } from "./nodePath";
import { objectFields } from "./objectFields";
import "./Inspector.css";
import { VisibleName } from "../../shared/hierarchy/VisibleName";

/**
 * The selected node: its configuration fields, its Stat Server id with a copy button, its
 * findings with the rules' explanations, and the other places the same object appears.
 */
export function Inspector() {
  const { analysis, hierarchy, selected: node, findingsByObject, reveal } = useWorkspace();
  const { renderInspectorSection } = useStatsSlots();
  const [openRule, setOpenRule] = useState<string | null>(null);
  const { model, error } = useModel(analysis);
  const refused = useRefusals();
  if (node === null) {
    return (
      <aside className="inspector" aria-label="Inspector">
        <p className="panel-empty">
          Select a node in the tree or the outline to see its fields, its Stat Server id and its
          findings.
        </p>
      </aside>
    );
  }
  const findings = findingsOfNode(hierarchy, node, findingsByObject);
  const fields = model ? objectFields(model, hierarchy, node) : [];
  const kind = hierarchy.kind(node);
  const name = hierarchy.name(node);
  const statId = hierarchy.statId(node);
  const others = appearancesOfNode(hierarchy, node).filter((other) => other !== node);
  return (
    <aside className="inspector" aria-label="Inspector">
      <header className="inspector-head">
        <KindGlyph kind={kind} />
        <div>
          <div className="muted inspector-kind">{NODE_KIND_LABEL[kind]}</div>
          <h2 className="inspector-name">{name ? <VisibleName name={name} /> : "(no name)"}</h2>
        </div>
      </header>

      <section aria-labelledby="inspector-statid">
        <h3 id="inspector-statid">Stat Server id</h3>
        {statId ? (
          <div className="inspector-statid">
            <code className="mono">
              <VisibleName name={statId} />
            </code>
            <CopyButton text={statId} label={`Copy Stat Server id ${statId}`} />
          </div>
        ) : (
          <p className="muted">
            {kind === "agent"
              ? "None: this agent has no employee ID, so Stat Server cannot report on it."
              : "None."}
          </p>
        )}
        {kind === "campaignGroup" && statId && statId !== name && (
          <p className="inspector-mismatch">
            Configured name{" "}
            <strong>
              <VisibleName name={name} />
            </strong>{" "}
            differs: Stat Server expects{" "}
            <code className="mono">
              <VisibleName name={statId} />
            </code>
            .
          </p>
        )}
      </section>

      {renderInspectorSection?.(node)}

      <section aria-labelledby="inspector-findings">
        <h3 id="inspector-findings">Findings ({analysis.checking ? "…" : findings.length})</h3>
        {analysis.checking ? (
          <p className="muted">Checking the rules…</p>
        ) : findings.length === 0 ? (
          <p className="muted">None for this object.</p>
        ) : (
          <ul className="inspector-findings">
            {findings.map((finding, i) => {
              const rule = findRule(finding.rule);
              const key = `${finding.rule}-${i}`;
              return (
                <li key={key} className="inspector-finding">
                  <div>
                    <span className={`finding-severity sev-${finding.severity}`}>
                      {finding.severity}
                    </span>{" "}
                    <span className="mono">{finding.rule}</span>
                    {confirmedByStatServer(finding, refused) && (
                      <>
                        {" "}
                        <ConfirmedBadge />
                      </>
                    )}
                  </div>
                  <p>{finding.message}</p>
                  {finding.suggestion && (
                    <p>
                      Suggestion: <code className="mono">{finding.suggestion}</code>
                    </p>
                  )}
                  {rule && (
                    <>
                      <button
                        type="button"
                        className="button"
                        aria-expanded={openRule === key}
                        onClick={() => setOpenRule(openRule === key ? null : key)}
                      >
                        Why it matters
                      </button>
                      {openRule === key && (
                        <p className="inspector-explanation">{rule.explanation}</p>
                      )}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {model === undefined ? (
        <section aria-labelledby="inspector-fields">
          <h3 id="inspector-fields">Configuration</h3>
          {error ? (
            <p role="alert">Could not load the configuration fields: {error.message}</p>
          ) : (
            <p role="status" className="muted">
              Loading details…
            </p>
          )}
        </section>
      ) : (
        fields.length > 0 && (
          <section aria-labelledby="inspector-fields">
            <h3 id="inspector-fields">Configuration</h3>
            <dl className="inspector-fields">
              {fields.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        )
      )}

      {others.length > 0 && (
        <section aria-labelledby="inspector-appearances">
          <h3 id="inspector-appearances">Also appears under ({others.length})</h3>
          <ul className="inspector-appearances">
            {others.slice(0, 50).map((other) => (
              <li key={other}>
                <button type="button" className="link-button" onClick={() => reveal(other)}>
                  {nodePath(hierarchy, other) || "(top level)"}
                </button>
              </li>
            ))}
          </ul>
          {others.length > 50 && <p className="muted">and {others.length - 50} more.</p>}
        </section>
      )}
    </aside>
  );
}
