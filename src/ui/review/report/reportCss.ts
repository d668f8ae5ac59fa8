/**
 * The report's own styles, inlined so the downloaded file stands alone. Laid out for A4 and
 * Letter: black on white, tables that repeat their header on each page and keep a row whole.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #111; background: #fff; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 20pt; margin: 0 0 .25rem; }
h2 { font-size: 15pt; margin: 1.75rem 0 .5rem; border-bottom: 2px solid #111; }
h3 { font-size: 12pt; margin: 1.25rem 0 .35rem; }
.meta { color: #444; margin: 0 0 1rem; }
.mono, code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; margin: .35rem 0 1rem; }
th, td { border: 1px solid #999; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.count, th.count { text-align: right; font-variant-numeric: tabular-nums; }
.severity-error { color: #8e1b14; font-weight: 600; }
.severity-warning { color: #6b4100; font-weight: 600; }
.severity-info { color: #244b86; }
.explanation { margin: 0 0 .35rem; }
.hierarchy, .hierarchy ul { list-style: none; padding-left: 1.1rem; margin: 0; }
.hierarchy { padding-left: 0; }
.hierarchy li { margin: .1rem 0; }
.kind { color: #444; font-size: 9pt; text-transform: uppercase; letter-spacing: .03em; }
.flag { color: #8e1b14; font-weight: 600; }
.more { color: #444; font-style: italic; }
@page { margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; }
  section { break-before: auto; }
}
`;
