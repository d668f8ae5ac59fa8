import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE_FLAGS } from "../../../src/node/cli/engineFlags";

const ROOT = resolve(__dirname, "../../..");

describe("the command's engine flags", () => {
  it.each(ENGINE_FLAGS)(
    "%s is a flag this Node's V8 knows (setFlagsFromString would ignore it silently)",
    (flag) => {
      // On the command line an unknown V8 flag is refused, which setFlagsFromString never says.
      const run = spawnSync(process.execPath, [flag, "-e", ""], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    },
  );

  it("are set before the rest of the command is loaded: the entry point imports them first", () => {
    const entry = readFileSync(join(ROOT, "src/node/cli/bin.ts"), "utf8");
    const firstImport = /^import .*$/m.exec(entry)?.[0];
    expect(firstImport).toBe('import "./engineFlags";');
  });
});
