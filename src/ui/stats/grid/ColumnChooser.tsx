import { useEffect, useId, useRef, useState } from "react";
import { FIGURES, type FigureName } from "../../../model/stats/Figure";

interface Props {
  /** Every figure the kind has, in the order offered. */
  readonly figures: readonly FigureName[];
  readonly chosen: readonly FigureName[];
  readonly onChange: (columns: readonly FigureName[]) => void;
  readonly onReset: () => void;
}

/**
 * A button that opens the list of figures to show as columns, one checkbox each. It closes
 * on Esc (focus back on the button) or a click elsewhere; each change applies and is saved
 * at once.
 */
export function ColumnChooser({ figures, chosen, onChange, onReset }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const set = new Set(chosen);
  const toggle = (figure: FigureName) => {
    const next = new Set(set);
    if (next.has(figure)) next.delete(figure);
    else next.add(figure);
    onChange(figures.filter((name) => next.has(name)));
  };

  return (
    <div
      ref={rootRef}
      className="grid-columns"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        Columns ({chosen.length})
      </button>
      {open && (
        <fieldset id={listId} className="grid-columns-list">
          <legend>Figures shown as columns</legend>
          <button type="button" className="button grid-columns-reset" onClick={onReset}>
            Default columns
          </button>
          <div className="grid-columns-options">
            {figures.map((figure) => (
              <label key={figure} className="grid-columns-option">
                <input type="checkbox" checked={set.has(figure)} onChange={() => toggle(figure)} />
                {FIGURES[figure].label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
