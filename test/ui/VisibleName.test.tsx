// @vitest-environment jsdom
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { asNodePath } from "../../src/model/config/ids";
import { FindingsPanel } from "../../src/ui/features/findings/FindingsPanel";
import { Inspector } from "../../src/ui/features/inspector/Inspector";
import { Outline } from "../../src/ui/features/outline/Outline";
import { SearchBox } from "../../src/ui/features/search/SearchBox";
import { renderWorkspace } from "./renderWorkspace";

const FIXTURE = "hidden-characters.json";
const CLOSERS = asNodePath(
  "tenant:Environment/campaign:Retention/campaignGroup:Retention@Closers ",
);

const markers = (element: HTMLElement) =>
  [...element.querySelectorAll("abbr.hidden-char")].map((m) => [
    m.textContent,
    m.getAttribute("title"),
  ]);

describe("names with characters that do not show", () => {
  it("marks the trailing space and the zero-width space in the inspector's 'differs' sentence", () => {
    renderWorkspace(<Inspector />, { fixture: FIXTURE, initialNode: CLOSERS });
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    const sentence = within(inspector).getByText(/differs: Stat Server expects/);
    expect(sentence).toHaveTextContent(
      "Configured name Retention@Closersspace differs: Stat Server expects Retention@CloU+200Bsers.",
    );
    expect(markers(sentence)).toEqual([
      ["space", "U+0020 SPACE (trailing)"],
      ["U+200B", "U+200B ZERO WIDTH SPACE"],
    ]);
  });

  it("marks the zero-width space in the nearest id search offers", async () => {
    const user = userEvent.setup();
    renderWorkspace(<SearchBox />, { fixture: FIXTURE });
    await user.click(screen.getByRole("combobox"));
    await user.paste("Retention@Closers");
    await user.keyboard("{Enter}");
    const region = screen.getByRole("region", { name: "Why Stat Server would not find this id" });
    const nearest = within(region).getByRole("button", { name: /^Retention@Clo/ });
    expect(nearest).toHaveTextContent("Retention@CloU+200Bsers");
    expect(markers(nearest)).toEqual([["U+200B", "U+200B ZERO WIDTH SPACE"]]);
  });

  it("marks the trailing space in the findings list's names", () => {
    renderWorkspace(<FindingsPanel />, { fixture: FIXTURE });
    const names = [...document.querySelectorAll<HTMLElement>(".finding-name")];
    const closers = names.filter((n) => n.textContent?.startsWith("Retention@Closers"));
    expect(closers.length).toBeGreaterThan(0);
    for (const name of closers) {
      expect(markers(name)).toEqual([["space", "U+0020 SPACE (trailing)"]]);
    }
  });

  it("leaves plain names as plain text", () => {
    renderWorkspace(<Inspector />, {
      initialNode: asNodePath("tenant:Environment/campaign:Sales/campaignGroup:Team A"),
    });
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    expect(markers(inspector)).toEqual([]);
  });

  it("gives a name its width cuts off a tooltip of the whole name, characters written out", async () => {
    renderWorkspace(<Outline />, { fixture: FIXTURE });
    const item = await screen.findByRole("treeitem", { name: /^Retention@Closers/ });
    const name = item.querySelector<HTMLElement>(".node-name")!;
    const widths = (scroll: number, client: number) => {
      Object.defineProperty(name, "scrollWidth", { value: scroll, configurable: true });
      Object.defineProperty(name, "clientWidth", { value: client, configurable: true });
    };
    widths(100, 100);
    fireEvent.pointerEnter(name);
    expect(name).not.toHaveAttribute("title");
    widths(300, 100);
    fireEvent.pointerEnter(name);
    expect(name).toHaveAttribute("title", "Retention@Closers⟨space⟩");
    fireEvent.pointerLeave(name);
    expect(name).not.toHaveAttribute("title");
    widths(100, 100);
    fireEvent.pointerEnter(name);
    expect(name).not.toHaveAttribute("title");
  });
});
