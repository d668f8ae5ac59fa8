import { LoadFailure } from "./LoadFailure";
import { askWorker } from "./sharedWorker";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";

/** The worker's answers other than a failure. */
export type WorkerAnswer = Exclude<WorkerResponse, { readonly type: "error" }>;

/**
 * Sends `request` to the worker and settles with what `settle` makes of its answers: each
 * answer goes to `settle`, which returns the result, throws (the promise rejects), or returns
 * undefined to wait for the next one (progress, a part). An `error` answer rejects with
 * `LoadFailure`, whatever the request.
 */
export function requestWorker<T>(
  request: WorkerRequest,
  settle: (answer: WorkerAnswer) => T | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    askWorker(request, (message) => {
      if (message.type === "error") {
        reject(new LoadFailure(message.error));
        return true;
      }
      try {
        const result = settle(message);
        if (result === undefined) return false;
        resolve(result);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
      return true;
    });
  });
}
