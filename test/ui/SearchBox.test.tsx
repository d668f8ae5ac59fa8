// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SearchBox } from "../../src/ui/features/search/SearchBox";
import { renderWorkspace } from "./renderWorkspace";

const selected = () => screen.getByRole("status", { name: "selected node" });

describe("SearchBox", () => {
  it("pasting a Stat Server id that exists reveals its object", async () => {
    const user = userEvent.setup();
    renderWorkspace(<SearchBox />);
    await user.click(screen.getByRole("combobox"));
    await user.paste("Sales@Team1");
    await user.keyboard("{Enter}");
    expect(selected()).toHaveTextContent("tenant:Environment/campaign:Sales/campaignGroup:Team A");
  });

  it("explains why Stat Server would not find a group's configured name, with the nearest ids", async () => {
    const user = userEvent.setup();
    renderWorkspace(<SearchBox />);
    await user.click(screen.getByRole("combobox"));
    await user.paste("Sales@Team2");
    await user.keyboard("{Enter}");
    const region = screen.getByRole("region", { name: "Why Stat Server would not find this id" });
    expect(region).toHaveTextContent(
      "Campaign “Sales” has no group or calling list “Team2”; it has “Team1”, “Leads”.",
    );
    await user.click(screen.getByRole("button", { name: "Sales@Team1" }));
    expect(selected()).toHaveTextContent("campaign:Sales/campaignGroup:Team A");
  });

  it("says that ids are case-sensitive", async () => {
    const user = userEvent.setup();
    renderWorkspace(<SearchBox />);
    await user.click(screen.getByRole("combobox"));
    await user.paste("sales@team1");
    await user.keyboard("{Enter}");
    expect(screen.getByRole("region")).toHaveTextContent(
      "Stat Server ids are case-sensitive: the existing id is “Sales@Team1”.",
    );
  });

  it("lists objects by name as the user types, and arrows pick one", async () => {
    const user = userEvent.setup();
    renderWorkspace(<SearchBox />);
    await user.type(screen.getByRole("combobox"), "clos");
    const options = screen.getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "ClosersAgent group",
      "Retention@ClosersCampaign group",
    ]);
    await user.keyboard("{ArrowDown}{Enter}");
    expect(selected()).toHaveTextContent("groupAgents:Closers");
  });
});

describe("SearchBox with a configured name", () => {
  it("explains that Stat Server ignores a campaign group's own name and offers its real id", async () => {
    const user = userEvent.setup();
    renderWorkspace(<SearchBox />);
    await user.click(screen.getByRole("combobox"));
    await user.paste("Team A");
    await user.keyboard("{Enter}");
    expect(screen.getByRole("region")).toHaveTextContent(
      "“Team A” is the configured name of a campaign group, but Stat Server knows it as “Sales@Team1”",
    );
    await user.click(screen.getByRole("button", { name: "Sales@Team1" }));
    expect(selected()).toHaveTextContent("campaign:Sales/campaignGroup:Team A");
  });
});
