// Child process of the benchmark: runs the pipeline on one file under the heap limit the
// parent sets (`--max-old-space-size`), so "peak heap under 400 MB" is checked by V8 itself
// rather than estimated from samples. Prints the run as JSON; V8 aborts the process if the
// pipeline needs more.
import { readFileSync } from "node:fs";
import { runPipeline } from "./runPipeline";

const [path] = process.argv.slice(2);
if (path === undefined) throw new Error("usage: pipelineWithinHeap.ts <config file>");
const run = runPipeline(path, readFileSync(path, "utf8"));
process.stdout.write(`${JSON.stringify({ total: run.total, peakHeap: run.peakHeap })}\n`);
