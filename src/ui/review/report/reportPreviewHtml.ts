import { REPORT_CSS, REPORT_CSS_URL } from "./reportCss";
import { escapeHtml } from "../../shared/escapeHtml";

/**
 * The report as the preview frame shows it: the downloadable document with its inline styles
 * replaced by a link to the same styles shipped with the app, which the page's policy allows.
 */
export function reportPreviewHtml(html: string): string {
  const inline = `<style>${REPORT_CSS}</style>`;
  const at = html.indexOf(inline);
  if (at < 0) return html;
  const link = `<link rel="stylesheet" href="${escapeHtml(new URL(REPORT_CSS_URL, document.baseURI).href)}">`;
  return html.slice(0, at) + link + html.slice(at + inline.length);
}
