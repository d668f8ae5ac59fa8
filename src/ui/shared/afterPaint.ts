interface AfterPaint {
  readonly cancel: () => void;
}

/**
 * Runs `task` once, just after the browser paints the next frame (a timer set from the frame
 * callback fires after that frame is drawn), or after `fallbackMs` when no frame comes: a
 * hidden page draws none, and jsdom has no frames at all.
 */
export function afterPaint(task: () => void, fallbackMs = 500): AfterPaint {
  let done = false;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const frame =
    typeof requestAnimationFrame === "function"
      ? requestAnimationFrame(() => timers.push(setTimeout(run, 0)))
      : null;
  timers.push(setTimeout(run, fallbackMs));
  return {
    cancel: () => {
      done = true;
      if (frame !== null) cancelAnimationFrame(frame);
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
