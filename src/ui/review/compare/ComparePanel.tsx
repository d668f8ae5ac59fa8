import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { changeDetails, describeChangedObject } from "../../../model/diff/describeChange";
import { CHANGE_TYPES, type ChangeType, type ObjectChange } from "../../../model/diff/ModelDiff";
import type { Finding } from "../../../model/findings/Finding";
import { fetchConfigFile } from "../../shared/load/configUrlQuery";
import { DropZone } from "../../shared/load/DropZone";
import { PasteDialog } from "../../shared/load/PasteDialog";
import { fileInputs } from "../../shared/load/fileInputs";
import { samplesBase, useSamples } from "../../shared/load/samplesQuery";
import { nodeOfFinding } from "../../shared/hierarchy/nodeOfFinding";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { useReview } from "../../shared/review/ReviewContext";
import { ReviewPanel } from "../../shared/review/ReviewPanel";
import { setBeforeSnapshot } from "../../shared/review/reviewStore";
import type { Inputs } from "../../shared/load/useOpenConfig";
import { readOpenInputs } from "../../worker/OpenInput";
import { loadBeforeSnapshot } from "./loadBeforeSnapshot";
import { NODE_OF_KIND } from "../../shared/review/changeOfNode";

/** Changes listed at once; the rest behind "show more", so 100k changes do not freeze the page. */
const PAGE = 200;

function FindingItem({ finding }: { readonly finding: Finding }) {
  const { hierarchy, reveal } = useWorkspace();
  const node = nodeOfFinding(hierarchy, finding);
  const text = `${finding.rule}: ${finding.message}`;
  return (
    <li className={`severity-${finding.severity}`}>
      {node !== null ? (
        <button type="button" className="link-button" onClick={() => reveal(node)}>
          {text}
        </button>
      ) : (
        text
      )}
    </li>
  );
}

/** Load a "before" configuration and see what changed, filterable by kind of change. */
export function ComparePanel({ onClose }: { readonly onClose: () => void }) {
  const review = useReview();
  const { hierarchy, reveal } = useWorkspace();
  const client = useQueryClient();
  const samples = useSamples();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [pasting, setPasting] = useState(false);
  const [url, setUrl] = useState("");
  const fileId = useId();
  const urlHintId = useId();
  if (!review) return null;
  const { comparison, shownTypes, setShownTypes } = review;

  const load = async (inputs: Inputs) => {
    setBusy(true);
    setError(null);
    try {
      setBeforeSnapshot(client, await loadBeforeSnapshot(await readOpenInputs(await inputs)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (type: ChangeType) => {
    const next = new Set(shownTypes);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    setShownTypes(next);
  };
  const nodeOf = (change: ObjectChange) => {
    if (change.after === null) return null;
    const kind = NODE_OF_KIND[change.kind];
    return hierarchy.nodesOf(change.after).find((n) => hierarchy.kind(n) === kind) ?? null;
  };
  const shown = comparison?.diff.changes.filter((c) => shownTypes.has(c.type)) ?? [];

  return (
    <ReviewPanel title="Compare with a snapshot" onClose={onClose}>
      {/* The "before" configuration opens every way the open one does: files (picked or
          dropped here), pasted text, a sample, or a URL. */}
      <DropZone onOpen={(inputs) => void load(inputs)} hint="Drop the before configuration here">
        <div className="review-row">
          <label className="button" htmlFor={fileId}>
            Before: choose files…
          </label>
          <input
            id={fileId}
            type="file"
            multiple
            className="visually-hidden"
            aria-label="Before configuration files"
            accept=".json,.xml,application/json,text/xml"
            disabled={busy}
            onChange={(event) => {
              const files = event.currentTarget.files;
              if (files && files.length > 0) void load(fileInputs(files));
              event.currentTarget.value = "";
            }}
          />
          {samples.data && (
            <select
              className="select"
              aria-label="Before: a sample"
              value=""
              disabled={busy}
              onChange={(event) => {
                const file = event.currentTarget.value;
                if (file) void load(fetchConfigFile(`${samplesBase()}${file}`).then((i) => [i]));
              }}
            >
              <option value="">…or a sample</option>
              {samples.data.map((s) => (
                <option key={s.file} value={s.file}>
                  {s.title}
                </option>
              ))}
            </select>
          )}
          <button type="button" className="button" disabled={busy} onClick={() => setPasting(true)}>
            Before: paste…
          </button>
          {review.before && (
            <button
              type="button"
              className="button"
              onClick={() => setBeforeSnapshot(client, null)}
            >
              Clear
            </button>
          )}
        </div>
        <form
          className="review-row"
          onSubmit={(event) => {
            event.preventDefault();
            const address = url.trim();
            if (address) void load(fetchConfigFile(address).then((input) => [input]));
          }}
        >
          <label className="field">
            <span>Before: from a URL</span>
            <input
              className="input"
              type="text"
              inputMode="url"
              value={url}
              placeholder="/snapshots/before.json"
              aria-describedby={urlHintId}
              onChange={(event) => setUrl(event.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={busy || !url.trim()}>
            Load before
          </button>
        </form>
        <p id={urlHintId} className="muted">
          An address on this site ({window.location.host}): its security policy refuses others.
        </p>
      </DropZone>
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onOpen={(text) => {
            setPasting(false);
            void load([{ path: "pasted text", content: text }]);
          }}
        />
      )}
      {busy && <p role="status">Reading the before configuration…</p>}
      {error && (
        <p role="alert" className="review-error">
          The before configuration could not be read: {error}
        </p>
      )}
      {review.comparing && <p role="status">Comparing with the open configuration…</p>}
      {review.comparisonError && (
        <p role="alert" className="review-error">
          The configurations could not be compared: {review.comparisonError}
        </p>
      )}
      {!review.before && !error && (
        <p className="muted">
          Choose the earlier export: the open configuration is compared with it, and changes are
          marked in the tree and the outline.
        </p>
      )}
      {review.before && comparison && (
        <>
          <p className="muted">
            Before: {review.before.sources.join(" + ")} ({comparison.diff.sizes.before} objects);
            now: {comparison.diff.sizes.after} objects.
          </p>
          <fieldset className="review-filter">
            <legend>Changes marked and listed</legend>
            {CHANGE_TYPES.map((type) => (
              <label key={type}>
                <input
                  type="checkbox"
                  checked={shownTypes.has(type)}
                  onChange={() => toggle(type)}
                />{" "}
                <span className={`diff-mark diff-${type}`}>{type}</span>{" "}
                <span data-testid={`count-${type}`}>{comparison.diff.counts[type]}</span>
              </label>
            ))}
          </fieldset>
          <h3>Changes</h3>
          {shown.length === 0 ? (
            <p>No change of the chosen kinds.</p>
          ) : (
            <ul className="review-list" aria-label="Changes">
              {shown.slice(0, limit).map((change) => {
                const node = nodeOf(change);
                const title = `${change.type}: ${describeChangedObject(change)}`;
                return (
                  <li key={`${change.before ?? ""}|${change.after ?? ""}`}>
                    {node !== null ? (
                      <button type="button" className="link-button" onClick={() => reveal(node)}>
                        {title}
                      </button>
                    ) : (
                      <span>{title}</span>
                    )}
                    {changeDetails(change).length > 0 && (
                      <ul className="review-details">
                        {changeDetails(change).map((d) => (
                          <li key={d}>{d}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {shown.length > limit && (
            <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
              Show {Math.min(PAGE, shown.length - limit)} more of {shown.length - limit}
            </button>
          )}
          <h3>Findings introduced ({comparison.findings.introduced.length})</h3>
          <ul className="review-list" aria-label="Findings introduced">
            {comparison.findings.introduced.slice(0, PAGE).map((f, i) => (
              <FindingItem key={i} finding={f} />
            ))}
          </ul>
          <h3>Findings fixed ({comparison.findings.fixed.length})</h3>
          <ul className="review-list" aria-label="Findings fixed">
            {comparison.findings.fixed.slice(0, PAGE).map((f, i) => (
              <li key={i} className={`severity-${f.severity}`}>
                {f.rule}: {f.message}
              </li>
            ))}
          </ul>
          <p className="muted">
            Objects are matched by DBID where both files carry one, else by tenant and name; likely
            renames (no DBID) are marked with "?".
          </p>
        </>
      )}
    </ReviewPanel>
  );
}
