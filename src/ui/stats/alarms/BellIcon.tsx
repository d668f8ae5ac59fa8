/** A bell, drawn rather than typed: emoji and symbol glyphs are missing from many fonts. */
export function BellIcon() {
  return (
    <svg
      className="bell-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M8 1.75a4.25 4.25 0 0 0-4.25 4.25v3L2.5 11.5h11L12.25 9V6A4.25 4.25 0 0 0 8 1.75Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
      <path
        d="M6.25 13.25a1.75 1.75 0 0 0 3.5 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}
