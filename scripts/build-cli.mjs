// Builds the `campaign-lens` command: src/node/cli/bin.ts and everything it reaches, the
// server and its dependencies included, as plain JavaScript in dist-cli/. The bundle needs
// nothing from node_modules at run time, so the packed tarball installs with no network and
// runs on a machine that has only Node. Each subcommand is its own chunk, loaded on use, so
// `check` does not pay for the server's start-up.
import { readdir, rm, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist-cli`;
const entry = `${outdir}/campaign-lens.js`;

/** The newest modification time among the files the bundle is made from. */
async function newestSource() {
  const files = [`${root}package.json`, `${root}package-lock.json`, fileURLToPath(import.meta.url)];
  for (const item of await readdir(`${root}src`, { recursive: true, withFileTypes: true })) {
    if (item.isFile()) files.push(`${item.parentPath}/${item.name}`);
  }
  const times = await Promise.all(files.map(async (file) => (await stat(file)).mtimeMs));
  return Math.max(...times);
}

async function builtAt() {
  try {
    return (await stat(entry)).mtimeMs;
  } catch {
    return -Infinity;
  }
}

// The npm scripts (check, tree, ...) run this first with --if-stale: a checkout whose sources
// have not changed since the last build starts the command at once.
if (process.argv.includes("--if-stale") && (await builtAt()) >= (await newestSource())) {
  process.exit(0);
}

const { build } = await import("esbuild");
await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { "campaign-lens": "src/node/cli/bin.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  // Not minified: a stack trace in a bug report then names real functions and lines.
  minify: false,
  legalComments: "linked",
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
  // jsonc-parser's "main" is a UMD build that loads its parts with require() by relative
  // path, which a bundle cannot follow; its ES module build bundles.
  alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
  // Bundled CommonJS dependencies (fastify, the Redis client) call require() for Node's
  // built-ins, which an ES module lacks.
  banner: {
    js: [
      "#!/usr/bin/env node",
      'import { createRequire as __lensRequire } from "node:module";',
      "const require = __lensRequire(import.meta.url);",
    ].join("\n"),
  },
});
