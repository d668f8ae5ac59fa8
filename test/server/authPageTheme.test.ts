import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AUTH_PAGE_CSS } from "../../src/node/server/auth/authPage";

/** The custom properties set in the first rule after `from` in `css`, by name. */
function propertiesAfter(css: string, from: string): Map<string, string> {
  const start = css.indexOf(from);
  expect(start, `"${from}" in the stylesheet`).toBeGreaterThanOrEqual(0);
  const open = css.indexOf("{", start + from.length - 1);
  const body = css.slice(open + 1, css.indexOf("}", open));
  return new Map(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]),
  );
}

const THEME = readFileSync(resolve("src/ui/app/theme.css"), "utf8");

describe("the sign-in pages' colours", () => {
  it.each([
    ["light", ":root {", ":root {"],
    [
      "dark",
      "@media (prefers-color-scheme: dark) {\n  :root:not(.presenting) {",
      "@media (prefers-color-scheme: dark) {\n  :root {",
    ],
  ])("are the app's theme colours, %s", (_, inTheme, inAuthPage) => {
    const theme = propertiesAfter(THEME, inTheme);
    const page = propertiesAfter(AUTH_PAGE_CSS, inAuthPage);
    expect(page.size).toBeGreaterThanOrEqual(6);
    for (const [name, value] of page) expect([name, value]).toEqual([name, theme.get(name)]);
  });

  it("uses only the properties it sets", () => {
    const set = propertiesAfter(AUTH_PAGE_CSS, ":root {");
    for (const [, name] of AUTH_PAGE_CSS.matchAll(/var\((--[\w-]+)\)/g))
      expect(set.has(name!)).toBe(true);
  });
});
