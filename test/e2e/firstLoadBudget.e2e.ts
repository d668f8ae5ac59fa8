import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const DIST = resolve(__dirname, "../../dist");

/**
 * The most JavaScript, gzipped, that the first load may fetch: the entry chunk and every chunk
 * it imports statically (what the page preloads). React DOM alone is 66 kB of it.
 */
const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

/** Loaded on first use, never by the first load. */
const LAZY = [
  // The outline, tree, inspector and findings come with the first configuration opened.
  "Workbench",
  "ComparePanel",
  "ConventionsPanel",
  "ReportDialog",
  "PresentationMode",
  "exportTree",
  "HistoryChart",
  "analyseConfig",
];

/** The entry chunk and the chunks it imports statically, transitively. */
function firstLoad(): string[] {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const entry = /<script type="module"[^>]* src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error("no entry script in dist/index.html");
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), "utf8");
    // Static imports only: `import{…}from"./x.js"` and `import"./x.js"`; import("…") is lazy.
    for (const match of code.matchAll(
      /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      walk(`assets/${match[1]}`);
    }
  };
  walk(entry);
  return [...seen];
}

describe("the app's first load", () => {
  it(`fetches at most ${FIRST_LOAD_BUDGET_BYTES / 1024} kB of gzipped JavaScript, none of the features loaded on use`, () => {
    expect(existsSync(join(DIST, "index.html")), "run npm run build first").toBe(true);
    const files = firstLoad();
    const gzipped = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length,
      0,
    );
    expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    for (const feature of LAZY) {
      expect(files.filter((file) => file.includes(`/${feature}-`))).toEqual([]);
      expect(
        readdirSync(join(DIST, "assets")).some(
          (f) => f.startsWith(`${feature}-`) && f.endsWith(".js"),
        ),
        `${feature} has a chunk of its own`,
      ).toBe(true);
    }
    expect(files.some((file) => file.includes("worker"))).toBe(false);
    expect(readdirSync(join(DIST, "assets")).some((f) => /^analyse\.worker-.*\.js$/.test(f))).toBe(
      true,
    );
  });
});
