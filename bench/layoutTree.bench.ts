// The tree view's layout (layoutTree) of a configuration by campaign, with the first three
// levels open and with every level open: the median time of RUNS layouts and the number of
// nodes laid out. The configuration is generated (seed 1, 5% defects) at the given number of
// objects, or read from a mutagen JSON export given as --file.
//
//   node --import tsx bench/layoutTree.bench.ts [-- --objects 100000 | --file export.json]

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { asNodeId, type NodeId } from "../src/model/config/ids";
import { generateConfig } from "../src/model/generate/generateConfig";
import { buildHierarchy } from "../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../src/model/loadConfig";
import { openToLevel } from "../src/ui/shared/hierarchy/openToLevel";
import { wholeHierarchy } from "../src/ui/shared/hierarchy/ShownNodes";
import { layoutTree } from "../src/ui/shared/tree/layoutTree";
import { median } from "./median";

const RUNS = 7;

const { values } = parseArgs({
  options: { objects: { type: "string", default: "100000" }, file: { type: "string" } },
});
const path = values.file ?? "generated.json";
const content =
  values.file === undefined
    ? new TextEncoder().encode(
        generateConfig({ objects: Number(values.objects), seed: 1, defects: 0.05 }).text,
      )
    : new Uint8Array(readFileSync(values.file));
const hierarchy = buildHierarchy(loadConfig([{ path, content }]));
const whole = wholeHierarchy(hierarchy);

const everyParent = new Set<NodeId>();
for (let n = 1; n < hierarchy.size; n++) {
  if (hierarchy.childCount(asNodeId(n)) > 0) everyParent.add(asNodeId(n));
}
const cases: [string, ReadonlySet<NodeId>][] = [
  ["levels 1–3 open", new Set(openToLevel(whole, 4))],
  ["every level open", everyParent],
];

console.log(`${(hierarchy.size - 1).toLocaleString("en")} nodes in the hierarchy (${path}).\n`);
console.log("| open | nodes laid out | layoutTree, median of " + RUNS + " (ms) |");
console.log("|---|---:|---:|");
for (const [name, open] of cases) {
  let laidOut = layoutTree(whole, open).nodes.length;
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    laidOut = layoutTree(whole, open).nodes.length;
    times.push(performance.now() - start);
  }
  console.log(`| ${name} | ${laidOut.toLocaleString("en")} | ${median(times).toFixed(1)} |`);
}
