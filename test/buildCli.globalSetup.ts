import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/**
 * The spawned command-line tests run the built `campaign-lens` command, as a user does:
 * build it once before them when its sources are newer than the build.
 */
export default function buildCli(): void {
  const root = resolve(__dirname, "..");
  execFileSync(process.execPath, ["scripts/build-cli.mjs", "--if-stale"], {
    cwd: root,
    stdio: "inherit",
  });
}
