import css from "./report.css?raw";
import cssUrl from "./report.css?url";

/**
 * The report's own styles, inlined so the downloaded file stands alone. Laid out for A4 and
 * Letter: black on white, tables that repeat their header on each page and keep a row whole.
 */
export const REPORT_CSS: string = css;

/**
 * The same styles as a file the app ships. The preview links it: the page's Content Security
 * Policy (`style-src 'self'`) reaches into the preview frame and refuses inline styles.
 */
export const REPORT_CSS_URL: string = cssUrl;
