// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../../src/model/stats/Threshold";
import { useThrottledView } from "../../../../src/ui/stats/grid/useThrottledView";
import { StatsStore } from "../../../../src/ui/stats/StatsStore";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Connection({ store, everyMs }: { store: StatsStore; everyMs: number }) {
  const view = useThrottledView(store, everyMs);
  return <output aria-label="connection">{view.connection}</output>;
}

function commitConnection(store: StatsStore, connection: "connected" | "reconnecting") {
  act(() => {
    store.setConnection(connection);
    store.commit();
  });
}

describe("useThrottledView", () => {
  it("shows the first commit at once, later ones at most once an interval, and always the last", () => {
    vi.useFakeTimers();
    const store = new StatsStore({ thresholds: DEFAULT_THRESHOLDS, scheduleFrame: () => {} });
    render(<Connection store={store} everyMs={250} />);
    const shown = () => screen.getByRole("status", { name: "connection" }).textContent;
    expect(shown()).toBe("idle");
    commitConnection(store, "connected");
    expect(shown()).toBe("connected");
    commitConnection(store, "reconnecting");
    commitConnection(store, "connected");
    commitConnection(store, "reconnecting");
    expect(shown()).toBe("connected");
    act(() => vi.advanceTimersByTime(249));
    expect(shown()).toBe("connected");
    act(() => vi.advanceTimersByTime(1));
    expect(shown()).toBe("reconnecting");
  });

  it("follows every commit when the interval is 0", () => {
    const store = new StatsStore({ thresholds: DEFAULT_THRESHOLDS, scheduleFrame: () => {} });
    render(<Connection store={store} everyMs={0} />);
    commitConnection(store, "connected");
    commitConnection(store, "reconnecting");
    expect(screen.getByRole("status", { name: "connection" })).toHaveTextContent("reconnecting");
  });
});
