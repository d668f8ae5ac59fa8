// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LoadingPanel } from "../../../src/ui/shared/review/LoadingPanel";

describe("LoadingPanel", () => {
  it("stands in for a feature loaded on first use, saying which, as a busy region with a status", () => {
    render(<LoadingPanel feature="Compare" />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading compare…");
    expect(screen.getByRole("region", { name: "Compare" })).toHaveAttribute("aria-busy", "true");
  });
});
