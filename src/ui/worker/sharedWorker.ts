import type { WorkerRequest, WorkerResponse } from "./workerProtocol";

let worker: Worker | null = null;
let lastId = 0;

/**
 * Starts the worker ahead of a load (while files are still being read), so loading its code
 * does not wait until the bytes are in. Does nothing where there are no workers.
 */
export function prepareWorker(): void {
  if (typeof Worker !== "undefined") sharedWorker();
}

/** The one worker of the page: it keeps the models it built, so every request goes to it. */
export function sharedWorker(): Worker {
  worker ??= new Worker(new URL("./analyse.worker.ts", import.meta.url), { type: "module" });
  return worker;
}

export const nextRequestId = (): number => ++lastId;

/**
 * Sends `request` to the worker and hands each answer to it to `onAnswer`, until that returns
 * true (the last answer).
 */
export function askWorker(
  request: WorkerRequest,
  onAnswer: (message: WorkerResponse) => boolean,
): void {
  const target = sharedWorker();
  const listener = (event: MessageEvent<WorkerResponse>) => {
    if (event.data.id !== request.id) return;
    if (onAnswer(event.data)) target.removeEventListener("message", listener);
  };
  target.addEventListener("message", listener);
  target.postMessage(request);
}

/** Sends a request that has no answer. */
export function tellWorker(request: WorkerRequest): void {
  sharedWorker().postMessage(request);
}
