const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Where the sign-in pages' stylesheet is served: under /auth/, which needs no session. */
export const AUTH_PAGE_CSS_PATH = "/auth/page.css";

/**
 * How the sign-in pages look: the app's type and colours (the same custom properties and values
 * as the app's theme, which a test holds them to), light or dark as the reader's system is, in
 * a stylesheet of this server's own (the CSP's style-src allows no inline style).
 */
export const AUTH_PAGE_CSS = `:root {
  color-scheme: light dark;
  --bg: #f6f7f9;
  --surface: #ffffff;
  --border: #d4d9e1;
  --text: #17202b;
  --text-muted: #4a5565;
  --accent: #1f5fbf;
  --accent-text: #ffffff;
  --focus: #1f5fbf;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #12161c;
    --surface: #1a2029;
    --border: #364252;
    --text: #e8edf3;
    --text-muted: #a9b4c2;
    --accent: #79a8f2;
    --accent-text: #0d1420;
    --focus: #8db8ff;
  }
}
body {
  margin: 0;
  min-height: 100vh;
  display: grid;
  place-items: center;
  background: var(--bg);
  color: var(--text);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
main {
  box-sizing: border-box;
  width: min(32rem, calc(100vw - 32px));
  padding: 24px 28px;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: 8px;
}
main::before {
  content: "Campaign Lens";
  display: block;
  color: var(--text-muted);
  font-size: 0.85rem;
  font-weight: 600;
}
h1 {
  margin: 4px 0 12px;
  font-size: 1.5rem;
}
p {
  margin: 0 0 12px;
  overflow-wrap: anywhere;
}
a {
  display: inline-block;
  padding: 8px 16px;
  border-radius: 6px;
  background: var(--accent);
  color: var(--accent-text);
  font-weight: 600;
  text-decoration: none;
}
a:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
`;

/**
 * A small page for a browser that lands on a sign-in step (signed out, refused, a token to
 * present): text only, no script, styled by the server's own stylesheet, so the server's CSP
 * holds. Every text is escaped.
 */
export function authPage(
  title: string,
  message: string,
  link?: { readonly href: string; readonly text: string },
): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Drawn in the reader's light or dark scheme, as the app is, not white on a dark screen.
    '<meta name="color-scheme" content="light dark">',
    // Without an icon of its own the browser asks for /favicon.ico, which a signed-out browser
    // may not read (401): an empty one, which the CSP's img-src allows, asks for nothing.
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${AUTH_PAGE_CSS_PATH}">`,
    `<title>${escapeHtml(title)} - Campaign Lens</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`,
    link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : "",
    "</main></body></html>",
  ].join("");
}
