// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ComparePanel } from "../../../src/ui/review/compare/ComparePanel";
import { DiffMark } from "../../../src/ui/review/compare/DiffMark";
import { useWorkspace } from "../../../src/ui/features/workspace/WorkspaceContext";
import { renderReview } from "./renderReview";
import { reviewConfigText } from "./reviewFixture";

/** The marks the outline and the tree would draw, one per node, for the test to read. */
function Marks() {
  const { index } = useWorkspace();
  return (
    <ul aria-label="marks">
      {[...index.nodes.values()].map((node) => (
        <li key={node.id}>
          {node.name} <DiffMark node={node} />
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
});
