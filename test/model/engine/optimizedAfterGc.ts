// Run by keepShape.test.ts in a child process with V8's natives syntax and an exposed GC:
// loads a configuration until the functions named below are optimized, lets every object of
// those loads die, collects, and prints which functions are optimized before and after.
import { resolveModel } from "../../../src/model/config/resolveModel";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { campaignNode } from "../../../src/model/hierarchy/campaignNode";
import { linkModel } from "../../../src/model/hierarchy/linkModel";
import { resolveReferences } from "../../../src/model/config/resolveReferences";
import { memberGroupNode } from "../../../src/model/hierarchy/memberGroupNode";
import { importConfig } from "../../../src/model/import/importConfig";

type Native = (f: unknown) => number | undefined;
// `%` calls only parse under --allow-natives-syntax, so they are compiled at run time.
const native = (call: string): Native => new Function("f", `return %${call}(f)`) as Native;
const prepare = native("PrepareFunctionForOptimization");
const optimizeNext = native("OptimizeFunctionOnNextCall");
const status = native("GetOptimizationStatus");
// The OptimizationStatus bit for "optimized by TurboFan" in V8 11 (Node 20). Should a later
// V8 move it, no function reads as optimized before the collections either, and the test,
// which expects all three to be, fails rather than passing for nothing.
const TURBOFANNED = 1 << 6;

const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error("run with --expose-gc");

const probed = { memberGroupNode, campaignNode, resolveReferences };
const { text } = generateConfig({ objects: 1_000, seed: 3, defects: 0.05, format: "mutagen-raw" });
const load = (): void => {
  const model = resolveModel([importConfig({ path: "probe.json", content: text })]);
  const links = linkModel(model);
  buildHierarchy(model, "campaign", links);
};

// A few loads and collections first: V8 replaces some hidden classes as it learns the
// fields' types, and the replaced ones must be gone from the type feedback the optimized
// code is compiled from.
for (let i = 0; i < 3; i++) load();
for (let i = 0; i < 4; i++) collect();
const optimized = (): string[] =>
  Object.entries(probed)
    .filter(([, f]) => ((status(f) ?? 0) & TURBOFANNED) !== 0)
    .map(([name]) => name);
for (const f of Object.values(probed)) prepare(f);
load();
load();
// A function can deoptimize once on feedback it had not seen (memberGroupNode sometimes does,
// in the builder it inlines, when a collection emptied its feedback between loads); V8 then
// optimizes it again with the new feedback, and so does this loop. What the test is about is
// whether optimized code survives the collections below, not whether the first attempt sticks.
for (let round = 0; round < 5 && optimized().length < Object.keys(probed).length; round++) {
  for (const f of Object.values(probed)) optimizeNext(f);
  load();
}
const before = optimized();
// Two full collections, as `npm run bench` runs between two loads of a file (one before the
// baseline, one before the pipeline).
collect();
collect();
console.log(JSON.stringify({ before, after: optimized() }));
