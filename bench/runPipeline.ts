import { analyseInputs, type AnalysisPhase } from "../src/model/pipeline/analyseInputs";

export const STAGES = ["import", "resolve", "links", "hierarchy", "rules"] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_OF: Record<AnalysisPhase, Stage> = {
  imported: "import",
  resolved: "resolve",
  linked: "links",
  hierarchy: "hierarchy",
  rules: "rules",
};

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

/**
 * The model's analysis pipeline (`analyseInputs`, as the app's worker runs it) on one file,
 * each stage timed through its progress hooks. The heap is read at every stage boundary,
 * before any collection, so garbage a stage left behind counts too.
 */
export function runPipeline(path: string, content: string): PipelineRun {
  const heap = (): number => process.memoryUsage().heapUsed;
  let peakHeap = heap();
  const stages = {} as Record<Stage, number>;
  const startedAt = {} as Record<Stage, number>;
  const started = performance.now();
  let mark = started;
  const onPhase = (phase: AnalysisPhase): void => {
    const now = performance.now();
    stages[STAGE_OF[phase]] = now - mark;
    startedAt[STAGE_OF[phase]] = mark;
    peakHeap = Math.max(peakHeap, heap());
    // The heap is read outside the stages' times.
    mark = performance.now();
  };
  const { hierarchy, findings } = analyseInputs([{ path, content }], {
    pivot: "campaign",
    settings: {},
    hooks: { onPhase },
  });
  const total = STAGES.reduce((sum, stage) => sum + stages[stage], 0);
  return {
    stages,
    startedAt,
    total,
    peakHeap,
    findings: findings.length,
    nodes: hierarchy.size,
  };
}
