import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState } from "react";
import { SEVERITIES, type Finding, type Severity } from "../../../model/findings/Finding";
import { confirmedByStatServer } from "../../../model/stats/confirmedByStatServer";
import { useRefusals } from "../../shared/statsSlots/useRefusals";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { countFindings, filterFindings, type FindingSort } from "./filterFindings";
import { FindingRow } from "./FindingRow";
import { nodeOfFinding } from "../../shared/hierarchy/nodeOfFinding";
import { RuleExplanation } from "./RuleExplanation";
import "./FindingsPanel.css";

const ROW_HEIGHT = 76;
/** A confirmed finding's row has a line more, for the mark: the name keeps its width. */
const CONFIRMED_ROW_HEIGHT = 96;
const SEVERITY_LABEL: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["info", "info"],
};

/**
 * Counts by severity and rule, filters and sort, and the list: clicking a finding reveals and
 * selects its node; "Why?" opens the rule's explanation. Findings Stat Server confirmed (it
 * refused the object's id) are marked, and can be listed alone.
 */
export function FindingsPanel() {
  const { analysis, hierarchy, reveal } = useWorkspace();
  const findings = analysis.findings;
  const counts = useMemo(() => countFindings(findings), [findings]);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [rule, setRule] = useState<string | null>(null);
  const [sort, setSort] = useState<FindingSort>("severity");
  const [explaining, setExplaining] = useState<string | null>(null);
  const [notDrawn, setNotDrawn] = useState<Finding | null>(null);
  const [confirmedOnly, setConfirmedOnly] = useState(false);
  const refused = useRefusals();
  const confirmed = useMemo(
    () =>
      new Set(refused.size === 0 ? [] : findings.filter((f) => confirmedByStatServer(f, refused))),
    [findings, refused],
  );
  const shown = useMemo(
    () =>
      filterFindings(findings, {
        severities,
        rule,
        sort,
        only: confirmedOnly ? confirmed : null,
      }),
    [findings, severities, rule, sort, confirmedOnly, confirmed],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app is not built with the React Compiler, whose memoisation this warning is about;
  // the virtualiser re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (confirmed.has(shown[i]!) ? CONFIRMED_ROW_HEIGHT : ROW_HEIGHT),
    overscan: 6,
    initialRect: { width: 360, height: 600 },
  });
  // Sizes are estimated once per index: when the rows or their marks change, re-estimate.
  useEffect(() => virtualizer.measure(), [virtualizer, shown, confirmed]);

  const toggleSeverity = (severity: Severity) => {
    const next = new Set(severities);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    setSeverities(next);
  };

  const open = (finding: Finding) => {
    const node = nodeOfFinding(hierarchy, finding);
    setNotDrawn(node === null ? finding : null);
    if (node !== null) reveal(node);
  };

  if (analysis.checking) {
    return (
      <div className="findings-empty">
        <p role="status" className="findings-checking">
          <strong>Checking the rules…</strong>
        </p>
        <p className="muted">The findings appear here as soon as the rules have run.</p>
      </div>
    );
  }

  if (findings.length === 0) {
    return (
      <div className="findings-empty">
        <p>
          <strong>No findings.</strong>
        </p>
        <p className="muted">Every campaign object here is named the way Stat Server expects.</p>
      </div>
    );
  }

  return (
    <div className="findings">
      <div className="findings-controls">
        <div className="findings-severities" role="group" aria-label="Show severities">
          {SEVERITIES.map((severity) => {
            const n = counts.bySeverity[severity];
            return (
              <button
                key={severity}
                type="button"
                className={`button severity-toggle sev-${severity}`}
                aria-pressed={severities.has(severity)}
                onClick={() => toggleSeverity(severity)}
              >
                {n} {SEVERITY_LABEL[severity][n === 1 ? 0 : 1]}
              </button>
            );
          })}
        </div>
        <div className="findings-selects">
          <label>
            <span>Rule</span>
            <select
              className="select"
              value={rule ?? ""}
              onChange={(event) => setRule(event.target.value || null)}
            >
              <option value="">All rules ({findings.length})</option>
              {counts.byRule.map(([id, n]) => (
                <option key={id} value={id}>
                  {id} ({n})
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Sort by</span>
            <select
              className="select"
              value={sort}
              onChange={(event) => setSort(event.target.value as FindingSort)}
            >
              <option value="severity">Severity</option>
              <option value="name">Name</option>
              <option value="rule">Rule</option>
            </select>
          </label>
          {rule && (
            <button type="button" className="button" onClick={() => setExplaining(rule)}>
              About this rule
            </button>
          )}
          {(confirmed.size > 0 || confirmedOnly) && (
            <button
              type="button"
              className="button confirmed-toggle"
              aria-pressed={confirmedOnly}
              title="List only the findings Stat Server confirmed by refusing the object's id"
              onClick={() => setConfirmedOnly(!confirmedOnly)}
            >
              Confirmed by Stat Server ({confirmed.size})
            </button>
          )}
        </div>
      </div>
      {notDrawn && (
        <p className="findings-note" role="status">
          “{notDrawn.name}” is not drawn in this view; try rooting by campaign.
        </p>
      )}
      <div ref={scrollRef} className="findings-scroll">
        {shown.length === 0 ? (
          <p className="panel-empty">No findings match these filters.</p>
        ) : (
          <ul
            className="findings-list"
            aria-label={`Findings, ${shown.length} shown`}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const finding = shown[item.index]!;
              return (
                <FindingRow
                  key={item.index}
                  finding={finding}
                  confirmed={confirmed.has(finding)}
                  top={item.start}
                  height={item.size}
                  onOpen={open}
                  onExplain={setExplaining}
                />
              );
            })}
          </ul>
        )}
      </div>
      {explaining && <RuleExplanation ruleId={explaining} onClose={() => setExplaining(null)} />}
    </div>
  );
}
