import { resolveModel } from "../src/model/config/resolveModel";
import { buildHierarchy } from "../src/model/hierarchy/buildHierarchy";
import { linkModel } from "../src/model/hierarchy/linkModel";
import { importConfig } from "../src/model/import/importConfig";
import { runRules } from "../src/model/rules/runRules";

export const STAGES = ["import", "resolve", "links", "hierarchy", "rules"] as const;
export type Stage = (typeof STAGES)[number];

export interface PipelineRun {
  /** Milliseconds per stage. */
  readonly stages: Record<Stage, number>;
  /** When each stage started, on the `performance.now()` clock. */
  readonly startedAt: Record<Stage, number>;
  readonly total: number;
  /** The largest heapUsed seen at a stage boundary, in bytes. */
  readonly peakHeap: number;
  readonly findings: number;
  readonly nodes: number;
}

function countNodes(node: { children: readonly unknown[] }): number {
  let n = 1;
  for (const child of node.children as { children: readonly unknown[] }[]) n += countNodes(child);
  return n;
}

/**
 * What the app does with a file (src/ui/worker/analyseConfig.ts): import, resolve, link once,
 * build the hierarchy, run the rules; each stage timed. The heap is read at every stage
 * boundary, before any collection, so garbage a stage left behind counts too.
 */
export function runPipeline(path: string, content: string): PipelineRun {
  const heap = (): number => process.memoryUsage().heapUsed;
  let peakHeap = heap();
  const stages = {} as Record<Stage, number>;
  const startedAt = {} as Record<Stage, number>;
  let mark = performance.now();
  const done = (stage: Stage): void => {
    const now = performance.now();
    stages[stage] = now - mark;
    startedAt[stage] = mark;
    peakHeap = Math.max(peakHeap, heap());
    mark = performance.now();
  };
  const imported = importConfig({ path, content });
  done("import");
  const model = resolveModel([imported]);
  done("resolve");
  const links = linkModel(model);
  done("links");
  const root = buildHierarchy(model, "campaign", links);
  done("hierarchy");
  const findings = runRules(model, {}, links);
  done("rules");
  const total = STAGES.reduce((sum, stage) => sum + stages[stage], 0);
  return {
    stages,
    startedAt,
    total,
    peakHeap,
    findings: findings.length,
    nodes: countNodes(root),
  };
}
