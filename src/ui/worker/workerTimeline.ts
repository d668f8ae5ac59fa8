/**
 * Phase marks taken in the worker, as epoch milliseconds: a worker's performance timeline has
 * its own origin, so the page re-bases them onto its own before marking them.
 */
export type WorkerTimeline = readonly (readonly [name: string, epochMs: number])[];

export const epochNow = (): number => performance.timeOrigin + performance.now();

/** Copies the worker's marks into the page's timeline as `campaign-lens:worker-<name>`. */
export function markWorkerTimeline(timeline: WorkerTimeline): void {
  for (const [name, epochMs] of timeline) {
    performance.mark(`campaign-lens:worker-${name}`, {
      startTime: Math.max(0, epochMs - performance.timeOrigin),
    });
  }
}
