import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from "react";
import type { NodeId } from "../../../model/config/ids";
import { NODE_KIND_LABEL } from "../../shared/hierarchy/nodeKind";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { resolveStatId, type Resolution } from "./resolveStatId";
import { searchNodes } from "./searchNodes";
import "./SearchBox.css";
import { VisibleName } from "../../shared/hierarchy/VisibleName";

/**
 * Search by name or Stat Server id (a WAI-ARIA combobox). Enter on a typed or pasted id that
 * matches nothing explains why Stat Server would not find it and offers the nearest real ids.
 */
export function SearchBox() {
  const { hierarchy, reveal } = useWorkspace();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [resolution, setResolution] = useState<Resolution | null>(null);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchNodes(hierarchy, deferred), [hierarchy, deferred]);
  const listId = useId();
  const inputId = useId();

  const go = (node: NodeId) => {
    reveal(node);
    setOpen(false);
    setResolution(null);
    setActive(-1);
  };

  const submit = () => {
    const hit = active >= 0 ? hits[active] : undefined;
    if (hit) return go(hit.node);
    if (!query.trim()) return;
    const result = resolveStatId(hierarchy, query);
    if (result.status === "found") return go(result.nodes[0]!);
    setOpen(false);
    setResolution(result);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(-1, a - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      submit();
    } else if (event.key === "Escape") {
      setOpen(false);
      setResolution(null);
      setActive(-1);
    }
  };

  const expanded = open && query.trim() !== "" && hits.length > 0;
  return (
    <div className="search">
      <label htmlFor={inputId} className="visually-hidden">
        Search by name or Stat Server id
      </label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder="Search name or Stat Server id (e.g. Sales@Team1)"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
          setResolution(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        autoComplete="off"
        spellCheck={false}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching objects"
        className="search-results"
        hidden={!expanded}
      >
        {expanded &&
          hits.map(({ node }, i) => {
            const name = hierarchy.name(node);
            const statId = hierarchy.statId(node);
            return (
              <li
                key={node}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="search-option"
                onMouseDown={(event) => {
                  event.preventDefault();
                  go(node);
                }}
              >
                <span className="search-option-name">
                  {name ? <VisibleName name={name} /> : "(no name)"}
                </span>
                <span className="search-option-meta">
                  {NODE_KIND_LABEL[hierarchy.kind(node)]}
                  {statId && statId !== name && (
                    <>
                      {" · "}
                      <VisibleName name={statId} />
                    </>
                  )}
                </span>
              </li>
            );
          })}
      </ul>
      {resolution?.status === "missing" && (
        <section
          className="search-explain"
          role="region"
          aria-label="Why Stat Server would not find this id"
        >
          <h2 className="search-explain-title">
            Stat Server would not find{" "}
            <span className="mono">
              <VisibleName name={query} />
            </span>
          </h2>
          <ul>
            {resolution.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {resolution.nearest.length > 0 && (
            <>
              <p className="muted">Nearest real ids:</p>
              <ul className="search-nearest">
                {resolution.nearest.map((near) => (
                  <li key={near.statId}>
                    <button type="button" className="button mono" onClick={() => go(near.node)}>
                      <VisibleName name={near.statId} />
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="button" onClick={() => setResolution(null)}>
            Close
          </button>
        </section>
      )}
    </div>
  );
}
