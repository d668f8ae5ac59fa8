// The tree's level of detail, per frame, on a generated configuration opened to its leaves:
// planning what to draw (which subtrees are blocks, which nodes are shapes) and placing the
// labels, at scales from Fit to the cards', in a 750 × 650 view. The baseline, measured in the
// same run on the same layout, is culling the view's nodes (cullToViewport), the least a
// drawing of every node on screen must do. Each figure is the median of RUNS timings of
// REPEAT frames. Text is measured as 7 px a character (the browser's measureText is not here).
//
//   npm run -s bench:lod [-- <objects>]

import { asNodeId, type NodeId } from "../src/model/config/ids";
import { generateConfig } from "../src/model/generate/generateConfig";
import { buildHierarchy } from "../src/model/hierarchy/buildHierarchy";
import { Hierarchy } from "../src/model/hierarchy/Hierarchy";
import { loadConfig } from "../src/model/loadConfig";
import { cullToViewport } from "../src/ui/features/tree/cullToViewport";
import { fitTransform } from "../src/ui/features/tree/fitTransform";
import { layoutTree } from "../src/ui/shared/tree/layoutTree";
import { lodLabelCandidates } from "../src/ui/features/tree/lodLabels";
import { CARD_MIN_SCALE, horizontalScale } from "../src/ui/features/tree/lodScale";
import { placeLabels } from "../src/ui/features/tree/placeLabels";
import { planLevelOfDetail } from "../src/ui/features/tree/planLevelOfDetail";
import { indexSubtrees } from "../src/ui/features/tree/subtreeIndex";
import { median } from "./median";

const OBJECTS = Number(process.argv[2] ?? 100_000);
const WIDTH = 750;
const HEIGHT = 650;
const RUNS = 5;
const REPEAT = 20;

function timePerFrame(frame: () => void): number {
  frame();
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    for (let i = 0; i < REPEAT; i++) frame();
    runs.push((performance.now() - start) / REPEAT);
  }
  return median(runs);
}

const { text } = generateConfig({ objects: OBJECTS, seed: 1, defects: 0.05 });
const hierarchy = buildHierarchy(loadConfig([{ path: "generated.json", content: text }]));
const open = new Set<NodeId>();
for (let n = 1; n < hierarchy.size; n++) {
  if (hierarchy.childCount(asNodeId(n)) > 0) open.add(asNodeId(n));
}
const layout = layoutTree(
  { hierarchy, top: hierarchy.children(Hierarchy.ROOT), shown: null },
  open,
);
const severity = new Uint8Array(layout.nodes.length);
const indexStart = performance.now();
const index = indexSubtrees(layout, severity);
const indexMs = performance.now() - indexStart;
const fit = fitTransform(layout.width, layout.height, WIDTH, HEIGHT);
const measure = (label: string) => label.length * 7;

console.log(
  `${OBJECTS.toLocaleString("en")} objects, ${layout.nodes.length.toLocaleString("en")} nodes laid out (every level open), view ${WIDTH}×${HEIGHT}; indexSubtrees once per layout: ${indexMs.toFixed(0)} ms.\n`,
);
console.log(
  "| scale | baseline: cull the view (ms) | nodes in view | level of detail: plan + labels (ms) | blocks | shapes | labels |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (let k = fit.k; k < CARD_MIN_SCALE; k *= 4) {
  const kx = horizontalScale(k, layout.width, WIDTH);
  // The view over the middle of the tree, as a supervisor scrolling through it sees it.
  const ty = HEIGHT / 2 - (layout.height / 2) * k;
  const screen = { k, kx, tx: fit.x, ty, width: WIDTH, height: HEIGHT };
  const view = {
    left: -fit.x / kx,
    top: -ty / k,
    right: (WIDTH - fit.x) / kx,
    bottom: (HEIGHT - ty) / k,
  };
  let inView = 0;
  const baseline = timePerFrame(() => {
    inView = cullToViewport(layout, view).length;
  });
  let counts = [0, 0, 0];
  const lod = timePerFrame(() => {
    const plan = planLevelOfDetail(layout, index, screen);
    const labels = placeLabels(lodLabelCandidates(layout, index, severity, plan, screen), measure);
    counts = [plan.blocks.length, plan.nodes.length, labels.length];
  });
  console.log(
    `| ${k.toExponential(1)} | ${baseline.toFixed(2)} | ${inView.toLocaleString("en")} | ${lod.toFixed(2)} | ${counts.join(" | ")} |`,
  );
}
