interface Props {
  readonly maxLevel: number;
  readonly canReveal: boolean;
  readonly onFit: () => void;
  readonly onZoom: (factor: number) => void;
  readonly onLevel: (level: number) => void;
  readonly onReveal: () => void;
}

/** Controls over the tree view: fit, zoom, how many levels are open, reveal the selection. */
export function TreeToolbar({ maxLevel, canReveal, onFit, onZoom, onLevel, onReveal }: Props) {
  const levels = Array.from({ length: Math.max(1, maxLevel) }, (_, i) => i + 1);
  return (
    <div className="tree-toolbar" role="toolbar" aria-label="Tree view controls">
      <button type="button" className="button" onClick={onFit}>
        Fit
      </button>
      <button type="button" className="button" onClick={() => onZoom(1.5)} aria-label="Zoom in">
        +
      </button>
      <button
        type="button"
        className="button"
        onClick={() => onZoom(1 / 1.5)}
        aria-label="Zoom out"
      >
        −
      </button>
      <label className="tree-levels">
        <span>Open levels</span>
        <select
          defaultValue=""
          onChange={(event) => {
            const value = Number(event.target.value);
            if (value > 0) onLevel(value);
            event.target.value = "";
          }}
        >
          <option value="" disabled>
            choose…
          </option>
          {levels.map((level) => (
            <option key={level} value={level}>
              {level === maxLevel ? `${level} (all)` : level}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" onClick={onReveal} disabled={!canReveal}>
        Reveal selected
      </button>
    </div>
  );
}
