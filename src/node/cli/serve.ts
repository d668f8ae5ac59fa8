import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseServerArgs, SERVER_USAGE } from "../server/parseServerArgs";
import type { CliIo } from "./CliIo";
import { packageRoot } from "./packageRoot";

/** The demo configuration the app ships, simulated when `serve` is given none. */
const DEMO_SAMPLE = ["samples", "contact-centre-mistakes.json"];

/** The server's usage, as this command spells it. */
const SERVE_USAGE = SERVER_USAGE.replace(/^Usage: npm start --/, "usage: campaign-lens serve");

/**
 * The server's arguments with what it would otherwise look for in the working directory
 * (the built app, the demo sample) taken from the installed package, so that `serve` works
 * wherever the user stands. What the user gave is kept as given.
 */
export function serveArgs(argv: readonly string[], env: NodeJS.ProcessEnv, root: string): string[] {
  let parsed;
  try {
    parsed = parseServerArgs(argv, env);
  } catch {
    // The server reports its own usage errors.
    return [...argv];
  }
  const added: string[] = [];
  const dist = join(root, "dist");
  if (!argv.some((arg) => arg === "--dist" || arg.startsWith("--dist="))) {
    added.push("--dist", dist);
  }
  if (parsed.configFiles.length === 0) {
    const demo = [join(dist, ...DEMO_SAMPLE), join(root, "public", ...DEMO_SAMPLE)].find((path) =>
      existsSync(path),
    );
    if (demo !== undefined) added.push("--simulate", "--config", demo);
  }
  return [...added, ...argv];
}

/**
 * `campaign-lens serve [options]`: the statistics server and the built app, as `npm start`
 * runs it. The server module starts on import and runs until stopped; it reads its own
 * command line, which is set here.
 */
export async function runServe(argv: readonly string[], io: CliIo): Promise<number | null> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(`${SERVE_USAGE.trimEnd()}\n`);
    return 0;
  }
  const args = serveArgs(argv, process.env, packageRoot());
  process.argv = [process.argv[0] ?? "node", process.argv[1] ?? "campaign-lens", ...args];
  await import("../server/main");
  return null;
}
