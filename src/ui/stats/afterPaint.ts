export interface AfterPaint {
  readonly cancel: () => void;
}

/**
 * Runs `task` once the browser has painted the current frame and is idle (at most `timeoutMs`
 * later), or on the next macrotask where idle callbacks are not available (jsdom, Safari).
 */
export function afterPaint(task: () => void, timeoutMs = 1000): AfterPaint {
  if (typeof requestIdleCallback === "function" && typeof requestAnimationFrame === "function") {
    let idle: number | null = null;
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(task, { timeout: timeoutMs });
    });
    return {
      cancel: () => {
        cancelAnimationFrame(frame);
        if (idle !== null) cancelIdleCallback(idle);
      },
    };
  }
  const timer = setTimeout(task, 0);
  return { cancel: () => clearTimeout(timer) };
}
