import { setFlagsFromString } from "node:v8";

/**
 * The V8 flags the `campaign-lens` command sets for itself, before any of its other code is
 * loaded. This module is the one place the command knows about the engine.
 *
 * Why: a check lives for well under a second, and V8 spends much of it compiling optimized
 * code on its background threads: on 100k objects about 180 compiles, some functions several
 * times over as each kind of object reaches them, which took as much CPU as the import
 * itself. V8 optimizes a function once it has run through a budget of bytecode; a budget four
 * times the default leaves the short loops to the interpreter and the baseline compiler and
 * optimizes the ones that run long. The wall time stays the same and the command uses less
 * CPU (docs/benchmarks.md). A long-running `serve` only reaches its optimized code a little
 * later.
 *
 * `setFlagsFromString` ignores a flag it does not know, so a test checks that the running
 * Node accepts each of these.
 */
export const ENGINE_FLAGS: readonly string[] = ["--interrupt-budget=270336"];

for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
