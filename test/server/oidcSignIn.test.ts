import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeNext } from "../../src/node/server/auth/accessControl";
import { createReadAccess } from "../../src/node/server/auth/ReadAccess";
import { parseServerSettings } from "../../src/node/server/auth/ServerSettings";
import { createServer, type StatsServer } from "../../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS } from "../../src/node/server/ServerOptions";
import { BrowserSession } from "./BrowserSession";
import { SseReader } from "./SseReader";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  freePort,
  startOidcProvider,
  type OidcProviderForTests,
} from "./startOidcProvider";
import { SECRET, TOKEN } from "./startTestServer";
import { twoTenants, updatesFor, type TwoTenants } from "./twoTenants";

const ACCOUNTS = new Map([
  ["alice", { name: "Alice Alpha", groups: ["team-a"] }],
  ["carol", { name: "Carol Admin", groups: ["staff", "admins"] }],
  ["dave", { name: "Dave Contractor", groups: ["contractors"] }],
]);

let config: TwoTenants;
let provider: OidcProviderForTests;
let server: StatsServer;
let lens: string;
let clockOffsetMs = 0;

/** Signs `login` in through the provider's own login and consent forms; returns the browser. */
async function signIn(
  login: string,
  next = "/api/snapshot",
): Promise<{ browser: BrowserSession; response: Response }> {
  const browser = new BrowserSession();
  const { response } = await browser.follow(
    `${lens}/auth/login?next=${encodeURIComponent(next)}`,
    { login, password: "any password" },
    `${lens}/auth/callback`,
  );
  return { browser, response };
}

beforeAll(async () => {
  config = await twoTenants();
  const port = await freePort();
  lens = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider(`${lens}/auth/callback`, ACCOUNTS);
  const settings = parseServerSettings(
    JSON.stringify({
      publicUrl: lens,
      sessionMinutes: 30,
      oidc: {
        issuer: provider.issuer,
        clientId: CLIENT_ID,
        clientSecretEnv: "LENS_OIDC_SECRET",
        scopes: ["openid", "profile", "groups"],
      },
      tenants: { claim: "groups", map: { "team-a": ["Alpha"], "team-b": ["Beta"], admins: "*" } },
    }),
    "settings.json",
    config.dir,
    { LENS_OIDC_SECRET: CLIENT_SECRET },
  );
  server = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret: SECRET,
    token: TOKEN,
    flushMs: 5,
    configFiles: config.files,
    access: createReadAccess(settings, config.model, {
      sweepMs: 50,
      now: () => Date.now() + clockOffsetMs,
    }),
  });
  await server.app.listen({ host: "127.0.0.1", port });
  await server.hub.publish([
    ...updatesFor(config.alpha, "alpha"),
    ...updatesFor(config.beta, "beta"),
  ]);
  server.hub.flush();
});

afterAll(async () => {
  await server?.app.close();
  await provider?.close();
});

describe("OpenID Connect sign-in (authorization code with PKCE)", () => {
  it("sends a browser without a session to the provider, and back where it was once signed in", async () => {
    const browser = new BrowserSession();
    const first = await browser.request(`${lens}/api/snapshot`, {
      headers: { accept: "text/html" },
    });
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe("/auth/login?next=%2Fapi%2Fsnapshot");
    const login = await browser.request(`${lens}/auth/login?next=%2Fapi%2Fsnapshot`);
    const authorize = new URL(login.headers.get("location")!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();

    const { browser: alice, response } = await signIn("alice");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/api/snapshot");
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("lens_session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=1800/i);
    expect(cookie).not.toMatch(/Secure/i);

    const me = await (await alice.request(`${lens}/auth/me`)).json();
    expect(me).toMatchObject({
      signedIn: true,
      name: "Alice Alpha",
      method: "oidc",
      tenants: ["Alpha"],
    });
    const snapshot = (await (await alice.request(`${lens}/api/snapshot`)).json()) as {
      values: { id: string }[];
    };
    expect(new Set(snapshot.values.map((v) => v.id))).toEqual(
      new Set(config.alpha.map(([, id]) => id)),
    );
  });

  it("maps a claim to every tenant", async () => {
    const { browser } = await signIn("carol");
    const snapshot = (await (await browser.request(`${lens}/api/snapshot`)).json()) as {
      values: { id: string }[];
    };
    expect(snapshot.values.map((v) => v.id)).toContain(config.beta[0]![1]);
  });

  it("refuses a user whose identity allows no tenant", async () => {
    const { browser, response } = await signIn("dave");
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("allows no tenant");
    expect(browser.cookies(lens).has("lens_session")).toBe(false);
  });

  it("refuses a callback this browser did not start, and one used twice", async () => {
    const stranger = new BrowserSession();
    const forged = await stranger.request(`${lens}/auth/callback?code=abc&state=xyz`);
    expect(forged.status).toBe(400);

    const browser = new BrowserSession();
    const { url } = await browser.follow(
      `${lens}/auth/login`,
      { login: "alice", password: "x" },
      `${lens}/auth/callback`,
    );
    const replay = await browser.request(url);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain("Sign-in failed");
  });

  it("returns only to a path on this server after sign-in", () => {
    expect(safeNext("/?config=%2Fapi%2Fconfig%2F0%2Fa.json")).toBe(
      "/?config=%2Fapi%2Fconfig%2F0%2Fa.json",
    );
    for (const next of ["https://evil.example/", "//evil.example/", "/\\evil.example", undefined]) {
      expect(safeNext(next)).toBe("/");
    }
  });
});

describe("the sign-in pages", () => {
  it("are styled by the server's own stylesheet, which a browser without a session may read", async () => {
    const page = await fetch(`${lens}/auth/signed-out`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("style-src 'self'");
    const html = await page.text();
    expect(html).toContain('<link rel="stylesheet" href="/auth/page.css">');
    expect(html).not.toMatch(/<style|style=/);
    const css = await fetch(`${lens}/auth/page.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(await css.text()).toContain("prefers-color-scheme: dark");
  });
});

describe("sessions", () => {
  it("refuse a cross-site sign-out and end on a same-origin one, closing the open stream", async () => {
    const { browser } = await signIn("alice");
    const stream = await SseReader.open(`${lens}/api/stream`, {
      cookie: browser.cookieHeader(lens),
    });
    await stream.until((events) => events.some((e) => e.event === "hello"));
    for (const origin of ["https://evil.example", undefined, "null"]) {
      const refused = await browser.request(`${lens}/auth/logout`, {
        method: "POST",
        headers: origin === undefined ? {} : { origin },
      });
      expect(refused.status, String(origin)).toBe(403);
    }
    expect((await browser.request(`${lens}/api/snapshot`)).status).toBe(200);
    expect(stream.ended).toBe(false);

    const out = await browser.request(`${lens}/auth/logout`, {
      method: "POST",
      headers: { origin: lens },
    });
    expect(out.status).toBe(204);
    await stream.until(() => stream.ended, 3000).catch(() => undefined);
    expect(stream.ended).toBe(true);
    const cookie = `lens_session=${browser.cookies(lens).get("lens_session") ?? ""}`;
    expect((await fetch(`${lens}/api/snapshot`, { headers: { cookie } })).status).toBe(401);
  });

  it("expire, and an expired session's stream is closed", async () => {
    const { browser } = await signIn("alice");
    const cookie = browser.cookieHeader(lens);
    const stream = await SseReader.open(`${lens}/api/stream`, { cookie });
    await stream.until((events) => events.some((e) => e.event === "hello"));
    clockOffsetMs = 31 * 60_000;
    try {
      await stream.until(() => stream.ended, 3000).catch(() => undefined);
      expect(stream.ended).toBe(true);
      expect((await fetch(`${lens}/api/snapshot`, { headers: { cookie } })).status).toBe(401);
    } finally {
      clockOffsetMs = 0;
    }
    expect((await fetch(`${lens}/api/snapshot`, { headers: { cookie } })).status).toBe(401);
  });
});
