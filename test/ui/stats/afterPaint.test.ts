import { afterEach, describe, expect, it, vi } from "vitest";
import { afterPaint } from "../../../src/ui/shared/afterPaint";

describe("afterPaint", () => {
  afterEach(() => vi.useRealTimers());

  it("runs the task later, not during the call", () => {
    vi.useFakeTimers();
    const task = vi.fn();
    afterPaint(task);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("does not run a cancelled task", () => {
    vi.useFakeTimers();
    const task = vi.fn();
    afterPaint(task).cancel();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
  });
});
