import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { generateConfig } from "../src/model/generate/generateConfig";
import type { GeneratorFormat } from "../src/model/generate/generateConfig";

const ROOT = resolve(import.meta.dirname, "..");
/** Ignored by git: generated inputs are kept here between runs. */
export const BENCH_DIR = join(ROOT, ".bench");
export const SEED = 1;
export const DEFECTS = 0.05;

let generatorHash: string | undefined;

/**
 * A digest of the generator's code as bundled: a cached input is reused only while the code
 * that would write it is the same, whichever of its files changed.
 */
async function hashOfGenerator(): Promise<string> {
  if (generatorHash) return generatorHash;
  const { outputFiles } = await build({
    entryPoints: [join(ROOT, "src", "model", "generate", "generateConfig.ts")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    logLevel: "warning",
  });
  const hash = createHash("sha256");
  for (const file of outputFiles) hash.update(file.contents);
  generatorHash = hash.digest("hex").slice(0, 12);
  return generatorHash;
}

/**
 * The path of a generated configuration (seed SEED, defect rate DEFECTS), written under
 * .bench/inputs on first use and read from there afterwards: the 1M-object export takes
 * seconds to generate and a quarter of a gigabyte to hold.
 */
export async function generatedInput(objects: number, format: GeneratorFormat): Promise<string> {
  const dir = join(BENCH_DIR, "inputs");
  const extension = format === "xml" ? "xml" : "json";
  const name = `${format}-${objects}-seed${SEED}-defects${DEFECTS}-${await hashOfGenerator()}`;
  const path = join(dir, `${name}.${extension}`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`generating ${objects.toLocaleString("en")} objects (${format})…\n`);
  const { text } = generateConfig({ objects, seed: SEED, defects: DEFECTS, format });
  // Written aside and renamed, so an interrupted run never leaves half a file to be reused.
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
  return path;
}
