import { vi } from "vitest";

// The page's handle on its worker, for tests in jsdom, which has no Web Worker: each test
// answers the requests by hand (`vi.mocked(askWorker).mockImplementation`).
export const askWorker = vi.fn();
export const tellWorker = vi.fn();
export const prepareWorker = vi.fn();
export const nextRequestId = (() => {
  let id = 0;
  return () => ++id;
})();
