// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import "./jsdomFileArrayBuffer";
import { renderApp } from "./renderApp";
import { fixtureText } from "./renderWorkspace";

/** The network the app talks to: the sample list, a configuration URL; anything else fails the test. */
function fakeNetwork(routes: Record<string, () => Response>) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), "http://localhost/");
    const route = routes[url.pathname];
    if (!route) throw new Error(`unexpected request to ${url.pathname}`);
    return route();
  });
}

const samples = () =>
  new Response(
    JSON.stringify([{ file: "sales.json", title: "Sales", description: "Two campaigns" }]),
  );

const file = (name: string, text: string) => new File([text], name, { type: "application/json" });

beforeEach(() => {
  window.history.replaceState(null, "", "/");
});
afterEach(() => vi.unstubAllGlobals());

describe("App", () => {
  it("starts on a designed empty state with the sample gallery", async () => {
    vi.stubGlobal("fetch", fakeNetwork({ "/samples/index.json": samples }));
    renderApp();
    expect(screen.getByRole("heading", { name: "Open a configuration" })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: /Sales.*Two campaigns/ })).toBeInTheDocument();
  });

  it("opens a picked file, then keeps it open when a broken file fails with its line and column", async () => {
    vi.stubGlobal("fetch", fakeNetwork({ "/samples/index.json": samples }));
    const user = userEvent.setup();
    renderApp();
    await user.upload(
      screen.getByLabelText("Open files…"),
      file("sales.json", fixtureText("sales.json")),
    );
    expect(
      await screen.findByRole("treeitem", {
        name: /^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("sales.json")).toBeInTheDocument();

    await user.upload(
      screen.getByLabelText("Open files…"),
      file("broken.json", '{"campaigns": [\n  {"name": "X",\n'),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/broken\.json, line \d+, column \d+:/);
    expect(alert).toHaveTextContent("The configuration that was open is still shown.");
    expect(
      screen.getByRole("treeitem", {
        name: /^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/,
      }),
    ).toBeInTheDocument();
  });

  it("opens ?config=<url>, and shows a failed fetch with a retry", async () => {
    let calls = 0;
    vi.stubGlobal(
      "fetch",
      fakeNetwork({
        "/samples/index.json": samples,
        "/configs/sales.json": () =>
          ++calls === 1
            ? new Response("nope", { status: 503 })
            : new Response(fixtureText("sales.json")),
      }),
    );
    window.history.replaceState(null, "", "/?config=/configs/sales.json");
    const user = userEvent.setup();
    renderApp();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not fetch /configs/sales.json: HTTP 503.");
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(
      await screen.findByRole("treeitem", { name: /^Sales\s?, Campaign/ }),
    ).toBeInTheDocument();
  });

  it("puts the selection and the pivot in the address bar", async () => {
    vi.stubGlobal("fetch", fakeNetwork({ "/samples/index.json": samples }));
    const user = userEvent.setup();
    renderApp();
    await user.upload(
      screen.getByLabelText("Open files…"),
      file("sales.json", fixtureText("sales.json")),
    );
    await user.click(
      await screen.findByRole("treeitem", {
        name: /^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/,
      }),
    );
    expect(new URLSearchParams(window.location.search).get("node")).toBe(
      "tenant:Environment/campaign:Sales/campaignGroup:Team A",
    );
    await user.click(screen.getByRole("radio", { name: "Calling lists" }));
    expect(new URLSearchParams(window.location.search).get("pivot")).toBe("callingList");
    expect(
      await screen.findByRole("treeitem", { name: /^Leads\s?, Calling list/ }),
    ).toBeInTheDocument();
  });

  it("keeps the selected object selected in the pivot chosen next, by its new path", async () => {
    vi.stubGlobal("fetch", fakeNetwork({ "/samples/index.json": samples }));
    const user = userEvent.setup();
    renderApp();
    await user.upload(
      screen.getByLabelText("Open files…"),
      file("sales.json", fixtureText("sales.json")),
    );
    await user.click(
      await screen.findByRole("treeitem", {
        name: /^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/,
      }),
    );
    await user.click(screen.getByRole("radio", { name: "Groups" }));
    const node = () => new URLSearchParams(window.location.search).get("node");
    await waitFor(() =>
      expect(node()).toBe("tenant:Environment/groupAgents:Team1/campaignGroup:Team A"),
    );
    const teamA = screen.getByRole("treeitem", { name: /^Team A\s?, Campaign group/ });
    expect(teamA).toHaveAttribute("aria-selected", "true");

    // An agent is not in the group pivot: its agent group is selected for it.
    await user.click(screen.getByRole("radio", { name: "Campaigns" }));
    await waitFor(() =>
      expect(node()).toBe("tenant:Environment/campaign:Sales/campaignGroup:Team A"),
    );
    await user.click(screen.getByRole("treeitem", { name: /^Team A\s?, Campaign group/ }));
    await user.keyboard("{ArrowRight}");
    await user.click(await screen.findByRole("treeitem", { name: /^Team1\s?, Agent group/ }));
    await user.keyboard("{ArrowRight}");
    await user.click(await screen.findByRole("treeitem", { name: /^alice\s?, Agent/ }));
    expect(node()).toBe(
      "tenant:Environment/campaign:Sales/campaignGroup:Team A/groupAgents:Team1/agent:alice",
    );
    await user.click(screen.getByRole("radio", { name: "Groups" }));
    await waitFor(() => expect(node()).toBe("tenant:Environment/groupAgents:Team1"));
  });
});
