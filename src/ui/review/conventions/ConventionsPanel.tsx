import { useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { conventionRules } from "../../../model/conventions/conventionRules";
import { NamingConventionsError } from "../../../model/conventions/NamingConventionsError";
import { parseNamingConventions } from "../../../model/conventions/parseNamingConventions";
import { nodeOfFinding } from "../../shared/hierarchy/nodeOfFinding";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { downloadFile } from "../../shared/downloadFile";
import { ReviewPanel } from "../../shared/review/ReviewPanel";
import { setActiveConventions, useActiveConventions } from "../../shared/review/reviewStore";
import { conventionsPending } from "./appliedConventions";
import { CONVENTIONS_TEMPLATE } from "./conventionsTemplate";

const FILE_NAME = "conventions.json";

type Checked =
  | { readonly ok: true; readonly conventions: ReturnType<typeof parseNamingConventions> }
  | { readonly ok: false; readonly problems: readonly string[] };

function check(text: string): Checked {
  try {
    return { ok: true, conventions: parseNamingConventions(FILE_NAME, text) };
  } catch (error) {
    if (error instanceof NamingConventionsError) return { ok: false, problems: error.problems };
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

/**
 * Edit the house naming conventions as JSON: problems are shown as you type (with their JSON
 * path), Apply runs them as `convention/<kind>` rules, Save downloads the file.
 */
export function ConventionsPanel({ onClose }: { readonly onClose: () => void }) {
  const active = useActiveConventions();
  const client = useQueryClient();
  const { analysis, hierarchy, reveal } = useWorkspace();
  const [text, setText] = useState(active?.text ?? CONVENTIONS_TEMPLATE);
  const fileId = useId();
  const editorId = useId();
  const checked = useMemo(() => check(text), [text]);
  const findings = useMemo(
    () => analysis.findings.filter((f) => f.rule.startsWith("convention/")),
    [analysis.findings],
  );
  const applied = active !== null && active.text === text;
  // Conventions run over the model, which a large configuration's worker sends after the
  // first paint: until then the findings below would be the old ones.
  const pending = conventionsPending(analysis, active?.rules ?? null);

  return (
    <ReviewPanel title="House naming conventions" onClose={onClose}>
      <div className="review-row">
        <label className="button" htmlFor={fileId}>
          Load file…
        </label>
        <input
          id={fileId}
          type="file"
          className="visually-hidden"
          aria-label="Conventions file"
          accept=".json,application/json"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) setText(await file.text());
          }}
        />
        <button
          type="button"
          className="button"
          onClick={() => downloadFile(FILE_NAME, text, "application/json")}
        >
          Save
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!checked.ok || applied}
          onClick={() => {
            if (!checked.ok) return;
            const rules = conventionRules(checked.conventions);
            setActiveConventions(client, { text, conventions: checked.conventions, rules });
          }}
        >
          Apply
        </button>
        {active && (
          <button
            type="button"
            className="button"
            onClick={() => setActiveConventions(client, null)}
          >
            Remove
          </button>
        )}
      </div>
      <label htmlFor={editorId} className="review-label">
        Conventions (JSON): per kind, a <code>pattern</code> (a regular expression matching the
        whole name) or a <code>style</code> (snake_case, kebab-case, PascalCase, camelCase,
        UPPER_SNAKE), an optional <code>prefix</code>, a <code>severity</code> and a{" "}
        <code>message</code>.
      </label>
      <textarea
        id={editorId}
        className="input conventions-editor"
        spellCheck={false}
        rows={16}
        value={text}
        aria-invalid={!checked.ok}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      {checked.ok ? (
        <p role="status" className="muted">
          {applied
            ? pending
              ? "Applying…"
              : "Applied."
            : `Valid: ${Object.keys(checked.conventions.conventions).length} convention(s). Apply to check the configuration.`}
        </p>
      ) : (
        <div role="alert" className="review-error">
          <p>These conventions cannot be used:</p>
          <ul>
            {checked.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {active && pending && (
        <p className="muted">Findings from conventions: waiting for the configuration's details…</p>
      )}
      {active && !pending && (
        <>
          <h3>Findings from conventions ({findings.length})</h3>
          <ul className="review-list" aria-label="Findings from conventions">
            {findings.slice(0, 200).map((f, i) => {
              const node = nodeOfFinding(hierarchy, f);
              const text = `${f.name}: ${f.rule}${f.suggestion ? ` (suggested: ${f.suggestion})` : ""}`;
              return (
                <li key={i} className={`severity-${f.severity}`}>
                  {node !== null ? (
                    <button type="button" className="link-button" onClick={() => reveal(node)}>
                      {text}
                    </button>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </ReviewPanel>
  );
}
