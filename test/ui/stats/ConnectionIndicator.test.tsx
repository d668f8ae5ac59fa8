// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import { ConnectionIndicator } from "../../../src/ui/stats/ConnectionIndicator";
import { StatsStore } from "../../../src/ui/stats/StatsStore";

afterEach(cleanup);

function renderIndicator() {
  const frames: (() => void)[] = [];
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: (commit) => frames.push(commit),
    minCommitMs: 0,
  });
  store.setSource("simulated", 2000);
  render(
    <ConnectionIndicator
      store={store}
      source="simulated"
      onSource={() => {}}
      liveAvailable={false}
    />,
  );
  /** What the store commits on the next animation frame. */
  const nextFrame = () => act(() => frames.splice(0).forEach((commit) => commit()));
  return { store, nextFrame, status: () => screen.getByTestId("stats-connection") };
}

describe("ConnectionIndicator, simulated", () => {
  it("asks for a configuration while there is none to simulate", () => {
    const { nextFrame, status } = renderIndicator();
    nextFrame();
    expect(status()).toHaveTextContent("Simulated: open a configuration to simulate it");
  });

  it("says the simulation is warming up, then that it runs", () => {
    const { store, nextFrame, status } = renderIndicator();
    store.setConnection("connecting", "warming up the simulation");
    nextFrame();
    expect(status()).toHaveTextContent("Simulated: warming up the simulation");
    store.setConnection("connected");
    nextFrame();
    expect(status()).toHaveTextContent("Simulated: running");
  });
});
