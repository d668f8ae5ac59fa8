// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ConventionsPanel } from "../../../src/ui/review/conventions/ConventionsPanel";
import { renderReview } from "./renderReview";

async function writeConventions(text: string) {
  const user = userEvent.setup();
  const editor = screen.getByRole("textbox", { name: /Conventions \(JSON\)/ });
  await user.clear(editor);
  await user.click(editor);
  await user.paste(text);
  return user;
}

describe("ConventionsPanel", () => {
  it("refuses a pathological pattern with its JSON path, and keeps Apply disabled", async () => {
    renderReview(<ConventionsPanel onClose={() => undefined} />);
    await writeConventions('{"conventions": {"campaign": {"pattern": "(a+)+"}}}');
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(
      "conventions.campaign.pattern: it could take a very long time to match",
    );
    expect(screen.getByRole("button", { name: "Apply" })).toBeDisabled();
  });

  it("applies a calling list convention and lists its finding with the suggested name", async () => {
    renderReview(<ConventionsPanel onClose={() => undefined} />);
    const user = await writeConventions(
      '{"conventions": {"callingList": {"prefix": "CL_", "style": "UPPER_SNAKE"}}}',
    );
    expect(screen.getByText(/^Valid: 1 convention\(s\)/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Apply" }));
    const list = await screen.findByRole("list", { name: "Findings from conventions" });
    expect(
      within(list).getByRole("button", {
        name: "<script>alert(1)</script>: convention/callingList (suggested: CL_SCRIPT_ALERT_1_SCRIPT)",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { name: "Findings from conventions (1)" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Applied.")).toBeInTheDocument();
    expect(screen.queryByText("Applying the house conventions…")).not.toBeInTheDocument();
  });
});
