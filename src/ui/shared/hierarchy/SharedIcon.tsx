/**
 * The shared-object mark: two overlapping squares, drawn rather than typed. The character it
 * stood for (U+29C9 ⧉) is missing from many installed fonts and showed as an empty box.
 */
export function SharedIcon() {
  return (
    <svg
      className="shared-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x="1.5"
        y="1.5"
        width="9"
        height="9"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <rect
        x="5.5"
        y="5.5"
        width="9"
        height="9"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}
