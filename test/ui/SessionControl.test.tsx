// @vitest-environment jsdom
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SessionControl } from "../../src/ui/features/session/SessionControl";
import { fetchSession } from "../../src/ui/features/session/sessionQuery";
import { renderApp } from "./renderApp";
import { testQueryClient } from "./testQueryClient";

interface Sent {
  readonly method: string;
  readonly path: string;
  readonly credentials: RequestCredentials | undefined;
}

/** The server as the page sees it: routes by method and path; anything else fails the test. */
function fakeServer(routes: Record<string, () => Response | Promise<Response>>) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost/");
    const method = init?.method ?? "GET";
    sent.push({ method, path: url.pathname, credentials: init?.credentials });
    const route = routes[`${method} ${url.pathname}`];
    if (!route) throw new Error(`unexpected request: ${method} ${url.pathname}`);
    return route();
  });
  vi.stubGlobal("fetch", fetch);
  return sent;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

const ALICE = {
  signInRequired: true,
  signedIn: true,
  methods: { oidc: true, readTokens: false },
  name: "Alice Alpha",
  method: "oidc",
  tenants: ["Alpha"],
  expiresAt: "2031-05-04T17:30:00.000Z",
};

function renderControl(navigate = vi.fn(), client = testQueryClient()) {
  render(
    <QueryClientProvider client={client}>
      <SessionControl navigate={navigate} />
    </QueryClientProvider>,
  );
  return navigate;
}

/**
 * Waits until the session query has its answer and the control has been drawn with it: the
 * query library tells its observers on its next task, so one task more lets React draw.
 */
async function sessionSettled(client: QueryClient): Promise<void> {
  await waitFor(() => {
    const queries = client.getQueryCache().getAll();
    expect(queries).not.toHaveLength(0);
    for (const query of queries) {
      expect(query.state.status).not.toBe("pending");
      expect(query.state.fetchStatus).toBe("idle");
    }
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const signOutButton = () => screen.findByRole("button", { name: "Sign out" });

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("SessionControl shows who is signed in", () => {
  it("names the person signed in through OpenID Connect, with a Sign out button", async () => {
    fakeServer({ "GET /auth/me": () => json(ALICE) });
    renderControl();
    await signOutButton();
    const group = screen.getByRole("group", { name: "Sign-in" });
    expect(group).toHaveTextContent("Signed in as Alice Alpha");
  });

  it("says a read-token session is a wall screen, not a person", async () => {
    fakeServer({
      "GET /auth/me": () => json({ ...ALICE, name: "Floor 3 wall", method: "read-token" }),
    });
    renderControl();
    await signOutButton();
    const group = screen.getByRole("group", { name: "Sign-in" });
    expect(group).toHaveTextContent("Wall screen: Floor 3 wall");
    expect(group.querySelector("[title]")?.getAttribute("title")).toMatch(
      /wall screen's read token, not as a person/,
    );
  });

  it("shows a name as text, never as markup, and marks characters that would not show", async () => {
    fakeServer({
      "GET /auth/me": () => json({ ...ALICE, name: "<img src=x onerror=alert(1)>\u0007Bob" }),
    });
    renderControl();
    await signOutButton();
    const group = screen.getByRole("group", { name: "Sign-in" });
    expect(group.querySelector("img")).toBeNull();
    expect(group).toHaveTextContent("<img src=x onerror=alert(1)>");
    expect(group.textContent).not.toContain("\u0007");
    expect(group.querySelector("abbr.hidden-char")).not.toBeNull();
  });

  it.each([
    ["a server without sign-in", () => json({ signInRequired: false })],
    ["a static host's 404", () => new Response("Not found", { status: 404 })],
    [
      "a dev server's page for any path",
      () =>
        new Response("<!doctype html><html></html>", { headers: { "content-type": "text/html" } }),
    ],
    [
      "a signed-out session",
      () => json({ signInRequired: true, signedIn: false, methods: { oidc: true } }),
    ],
  ])("shows nothing at all for %s", async (_what, answer) => {
    const sent = fakeServer({ "GET /auth/me": answer });
    const client = testQueryClient();
    renderControl(vi.fn(), client);
    await sessionSettled(client);
    expect(sent).toHaveLength(1);
    expect(screen.queryByRole("group", { name: "Sign-in" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Sign out" })).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows nothing when no server answers at all", async () => {
    const sent = fakeServer({});
    const client = testQueryClient();
    renderControl(vi.fn(), client);
    await sessionSettled(client);
    expect(sent).toHaveLength(1);
    expect(screen.queryByRole("group", { name: "Sign-in" })).toBeNull();
  });
});

describe("fetchSession reads /auth/me at the boundary", () => {
  it("refuses a session answer with a name that is not text, naming the field", async () => {
    fakeServer({ "GET /auth/me": () => json({ ...ALICE, name: 42 }) });
    await expect(fetchSession()).rejects.toThrow(/name/);
  });

  it("refuses a session with no expiry", async () => {
    fakeServer({ "GET /auth/me": () => json({ ...ALICE, expiresAt: "soon" }) });
    await expect(fetchSession()).rejects.toThrow(/expiry/);
  });

  it("keeps a Sign out button when the server's answer cannot be read", async () => {
    fakeServer({ "GET /auth/me": () => json({ error: "sessions unavailable" }, 503) });
    renderControl();
    await signOutButton();
    expect(screen.getByRole("group", { name: "Sign-in" })).toHaveTextContent("Signed in");
    expect(screen.getByText("Signed in").closest("[title]")?.getAttribute("title")).toBe(
      "Could not tell who is signed in: the server answered HTTP 503.",
    );
  });
});

describe("SessionControl signs out", () => {
  it("posts the logout from the page with its cookie, then goes to the signed-out page", async () => {
    let finish: (response: Response) => void = () => undefined;
    const sent = fakeServer({
      "GET /auth/me": () => json(ALICE),
      "POST /auth/logout": () => new Promise<Response>((resolve) => (finish = resolve)),
    });
    const navigate = renderControl();
    const user = userEvent.setup();
    await user.click(await signOutButton());
    const waiting = screen.getByRole("button", { name: "Signing out…" });
    expect(waiting).toBeDisabled();
    expect(navigate).not.toHaveBeenCalled();
    finish(new Response(null, { status: 204 }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith("/auth/signed-out"));
    expect(sent.find((s) => s.method === "POST")).toEqual({
      method: "POST",
      path: "/auth/logout",
      credentials: "same-origin",
    });
  });

  it("says the server refused (403), keeps the user signed in, and signs out on a second try", async () => {
    const answers = [new Response('{"error":"cross-site request refused"}', { status: 403 })];
    fakeServer({
      "GET /auth/me": () => json(ALICE),
      "POST /auth/logout": () => answers.shift() ?? new Response(null, { status: 204 }),
    });
    const navigate = renderControl();
    const user = userEvent.setup();
    await user.click(await signOutButton());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Could not sign out: the server refused the request (HTTP 403). You are still signed in; nothing was lost. Try again.",
    );
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByRole("group", { name: "Sign-in" })).toHaveTextContent("Alice Alpha");
    const again = screen.getByRole("button", { name: "Sign out" });
    expect(again).toBeEnabled();
    await user.click(again);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith("/auth/signed-out"));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says the server could not be reached when the network fails", async () => {
    fakeServer({
      "GET /auth/me": () => json(ALICE),
      "POST /auth/logout": () => Promise.reject(new TypeError("Failed to fetch")),
    });
    const navigate = renderControl();
    const user = userEvent.setup();
    await user.click(await signOutButton());
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Could not sign out: the server could not be reached.",
    );
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Sign out" })).toBeEnabled();
  });
});

describe("the app's header", () => {
  it("shows who is signed in, and Sign out, before any configuration is open", async () => {
    fakeServer({
      "GET /auth/me": () => json(ALICE),
      "GET /samples/index.json": () => json([]),
    });
    renderApp();
    const header = screen.getByRole("banner");
    await waitFor(() => expect(header).toHaveTextContent("Signed in as Alice Alpha"));
    expect(header.querySelector("button.session-sign-out")).toHaveTextContent("Sign out");
  });
});
