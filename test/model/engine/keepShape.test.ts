import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../../..");

/** What optimizedAfterGc.ts prints: the probed functions optimized before and after. */
interface Probe {
  readonly before: string[];
  readonly after: string[];
}

function probe(): Probe {
  const child = spawnSync(
    process.execPath,
    [
      "--allow-natives-syntax",
      "--expose-gc",
      "--import",
      "tsx",
      "test/model/engine/optimizedAfterGc.ts",
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  // Node may warn on stderr (a deprecation, say): only the exit status and stdout count.
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout) as Probe;
}

describe("keepShape", () => {
  it("keeps the optimized hierarchy and resolve code through the full collections between two loads (V8)", () => {
    // Without it, the hidden classes of HierarchyBuilder, ListsByKey, ReferenceResolver... die with
    // the last load's helpers, and V8 throws away every optimized function that checks for them.
    const { before, after } = probe();
    expect(before).toEqual(["memberGroupNode", "campaignNode", "resolveReferences"]);
    expect(after).toEqual(before);
  }, 30_000);
});
