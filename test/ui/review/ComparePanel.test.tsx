// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
import { ComparePanel } from "../../../src/ui/review/compare/ComparePanel";
import { useReviewSlots } from "../../../src/ui/shared/reviewSlots/ReviewSlots";
import { useWorkspace } from "../../../src/ui/shared/workspace/WorkspaceContext";
import { renderReview } from "./renderReview";
import { reviewConfigText } from "./reviewFixture";

/**
 * The marks the outline and the tree would draw, one per node, read through the review slots
 * as a feature reads them, for the test to read.
 */
function Marks() {
  const { hierarchy } = useWorkspace();
  const { renderNodeMark } = useReviewSlots();
  const nodes = Array.from({ length: hierarchy.size }, (_, n) => asNodeId(n));
  return (
    <ul aria-label="marks">
      {nodes.map((node) => (
        <li key={node}>
          {hierarchy.name(node)} {renderNodeMark?.(node)}
        </li>
      ))}
    </ul>
  );
}

/** jsdom's File has no arrayBuffer(); the browser's has, and the app reads files with it. */
const file = (name: string, text: string) =>
  Object.assign(new File([text], name, { type: "application/json" }), {
    arrayBuffer: async () => new TextEncoder().encode(text).buffer,
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("ComparePanel", () => {
  it("compares with a before file where the group had its Stat Server name: renamed, marked, finding introduced", async () => {
    const user = userEvent.setup();
    renderReview(
      <>
        <ComparePanel onClose={() => undefined} />
        <Marks />
      </>,
    );
    await user.upload(
      screen.getByLabelText("Before configuration files"),
      file("before.json", reviewConfigText({ teamName: "Sales@Team1" })),
    );
    expect(await screen.findByTestId("count-renamed")).toHaveTextContent("1");
    expect(screen.getByTestId("count-added")).toHaveTextContent("0");
    const changes = screen.getByRole("list", { name: "Changes" });
    expect(
      within(changes).getByRole("button", {
        name: 'renamed: Campaign group "Team A" in campaign "Sales"',
      }),
    ).toBeInTheDocument();
    expect(changes).toHaveTextContent('renamed from "Sales@Team1" (likely, ');
    const introduced = screen.getByRole("list", { name: "Findings introduced" });
    expect(introduced).toHaveTextContent("group-name-mismatch");
    const marks = screen.getByRole("list", { name: "marks" });
    expect(within(marks).getByText("Team A").closest("li")).toHaveTextContent("renamed?");

    await user.click(screen.getByRole("checkbox", { name: /renamed/ }));
    expect(within(marks).getByText("Team A").closest("li")).not.toHaveTextContent("renamed");
  });

  it("says which file and where when the before file cannot be read", async () => {
    const user = userEvent.setup();
    renderReview(<ComparePanel onClose={() => undefined} />);
    await user.upload(
      screen.getByLabelText("Before configuration files"),
      file("broken.json", '{\n  "__metadata__": {"formatName": "JSON"},\n  "campaigns": [,\n}'),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      /^The before configuration could not be read: broken\.json, line 3, column \d+: /,
    );
  });

  it("compares with a pasted before configuration", async () => {
    const user = userEvent.setup();
    renderReview(<ComparePanel onClose={() => undefined} />);
    await user.click(screen.getByRole("button", { name: "Before: paste…" }));
    const dialog = screen.getByRole("dialog", { name: "Paste a configuration" });
    const text = reviewConfigText({ teamName: "Sales@Team1" });
    await user.click(within(dialog).getByRole("textbox"));
    await user.paste(text);
    await user.click(within(dialog).getByRole("button", { name: "Open" }));
    expect(await screen.findByTestId("count-renamed")).toHaveTextContent("1");
    expect(screen.getByText(/^Before: pasted text/)).toBeInTheDocument();
  });

  it("compares with a before configuration fetched from a URL, and says so when it fails", async () => {
    const text = reviewConfigText({ teamName: "Sales@Team1" });
    const requested: string[] = [];
    vi.stubGlobal("fetch", async (request: URL | string) => {
      const url = String(request);
      requested.push(url);
      if (url === "https://example.test/before.json") return new Response(text);
      return new Response("not here", { status: 404, statusText: "Not Found" });
    });
    const user = userEvent.setup();
    renderReview(<ComparePanel onClose={() => undefined} />);
    const address = screen.getByRole("textbox", { name: "Before: from a URL" });
    await user.type(address, "https://example.test/missing.json");
    await user.click(screen.getByRole("button", { name: "Load before" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/missing\.json/);
    await user.clear(address);
    await user.type(address, "https://example.test/before.json");
    await user.click(screen.getByRole("button", { name: "Load before" }));
    expect(await screen.findByTestId("count-renamed")).toHaveTextContent("1");
    expect(requested.filter((url) => url.startsWith("https://"))).toEqual([
      "https://example.test/missing.json",
      "https://example.test/before.json",
    ]);
  });
});
