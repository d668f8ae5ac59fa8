// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asNodeId, asNodePath } from "../../src/model/config/ids";
import { TreeView } from "../../src/ui/features/tree/TreeView";
import { ShownHierarchyProvider } from "../../src/ui/shared/shownHierarchy/ShownHierarchyProvider";
import { renderWorkspace } from "./renderWorkspace";

// jsdom draws nothing and lays nothing out: give the stage a size and the canvas a context
// that accepts every call, so the view culls, plans and renders its cards as in a browser.
const canvasContext = () =>
  new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) =>
      key in target
        ? target[key]
        : key === "measureText"
          ? (text: string) => ({ width: text.length * 7 })
          : () => undefined,
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(
    () => canvasContext() as unknown as CanvasRenderingContext2D,
  );
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    right: 1400,
    bottom: 900,
    width: 1400,
    height: 900,
    toJSON: () => ({}),
  });
});
afterAll(() => vi.restoreAllMocks());

const cards = () => [...document.querySelectorAll<HTMLElement>(".tree-card")];
const cardAt = (path: string) =>
  document.querySelector<HTMLElement>(`.tree-card[data-node-id="${CSS.escape(path)}"]`);

describe("TreeView", () => {
  it("draws the open nodes on screen as cards addressed by their paths", async () => {
    const { analysis } = renderWorkspace(<TreeView />);
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    const { hierarchy } = analysis;
    for (const card of cards()) {
      const node = hierarchy.nodeAt(card.dataset.nodeId!);
      expect(node).not.toBeNull();
      expect(card).toHaveTextContent(hierarchy.name(node!));
    }
  });

  it("selects a node by its card, and opens and closes it with its toggle", async () => {
    const { analysis } = renderWorkspace(<TreeView />);
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    const { hierarchy } = analysis;
    const closed = cards().find((card) =>
      card.querySelector(".tree-toggle[aria-expanded='false']"),
    )!;
    const path = closed.dataset.nodeId!;
    const node = hierarchy.nodeAt(path)!;
    // A click, not a press: d3-zoom takes a press as the start of a drag.
    fireEvent.click(closed);
    expect(screen.getByRole("status", { name: "selected node" })).toHaveTextContent(path);
    expect(cardAt(path)).toHaveClass("is-selected");

    const children = hierarchy.childCount(node);
    const toggle = () => cardAt(path)!.querySelector<HTMLElement>(".tree-toggle")!;
    expect(toggle()).toHaveAccessibleName(
      `Expand ${hierarchy.name(node)}, ${children} ${children === 1 ? "child" : "children"}`,
    );
    const stage = document.querySelector<HTMLElement>(".tree-stage")!;
    const laidOut = Number(stage.dataset.laidOut);
    fireEvent.click(toggle());
    await waitFor(() => expect(Number(stage.dataset.laidOut)).toBe(laidOut + children));
    expect(toggle()).toHaveAttribute("aria-expanded", "true");
    fireEvent.click(toggle());
    await waitFor(() => expect(Number(stage.dataset.laidOut)).toBe(laidOut));
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
  });

  it("offers as many open levels as the focused subtree has, not the whole tree", async () => {
    const sales = asNodePath("tenant:Environment/campaign:Sales");
    const { analysis } = renderWorkspace(
      <ShownHierarchyProvider filter={null} focus={sales} onShowAll={() => {}}>
        <TreeView />
      </ShownHierarchyProvider>,
    );
    const { hierarchy } = analysis;
    const node = hierarchy.nodeAt(sales)!;
    let deepest = 0;
    for (let n = node; n < hierarchy.end(node); n++) {
      deepest = Math.max(deepest, hierarchy.depth(asNodeId(n)));
    }
    const levels = deepest - hierarchy.depth(node) + 1;
    expect(levels).toBeLessThan(hierarchy.maxDepth);
    const select = screen.getByRole("combobox", { name: "Open levels" });
    const options = within(select)
      .getAllByRole("option")
      .filter((option) => option.getAttribute("value") !== "");
    expect(options.map((option) => option.textContent)).toEqual([
      ...Array.from({ length: levels - 1 }, (_, i) => String(i + 1)),
      `${levels} (all)`,
    ]);
    // Everything in the subtree open is "(all)", though the rest of the tree is deeper.
    fireEvent.change(select, { target: { value: String(levels) } });
    await waitFor(() => expect(select).toHaveValue(String(levels)));
  });
});
