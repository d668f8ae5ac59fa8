const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * A small page for a browser that lands on a sign-in step (signed out, refused, a token to
 * present): text only, no script, so the server's CSP holds. Every text is escaped.
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
    `<title>${escapeHtml(title)} - Campaign Lens</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`,
    link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : "",
    "</main></body></html>",
  ].join("");
}
