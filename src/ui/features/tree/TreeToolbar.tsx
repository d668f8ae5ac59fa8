interface Props {
  readonly maxLevel: number;
  /** The level the open nodes amount to, or null when they were opened by hand. */
  readonly level: number | null;
  readonly canReveal: boolean;
  readonly onFit: () => void;
  readonly onZoom: (factor: number) => void;
  readonly onLevel: (level: number) => void;
  readonly onReveal: () => void;
}

/** Controls over the tree view: fit, zoom, how many levels are open, reveal the selection. */
export function TreeToolbar({
  maxLevel,
  level,
  canReveal,
  onFit,
  onZoom,
  onLevel,
  onReveal,
}: Props) {
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
          className="select"
          value={level === null ? "" : String(level)}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (value > 0) onLevel(value);
          }}
        >
          <option value="" disabled>
            as opened
          </option>
          {levels.map((each) => (
            <option key={each} value={each}>
              {each === maxLevel ? `${each} (all)` : each}
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
