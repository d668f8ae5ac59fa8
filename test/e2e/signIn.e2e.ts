import { resolve } from "node:path";
import type { Browser, ConsoleMessage, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReadAccess } from "../../src/node/server/auth/ReadAccess";
import { parseServerSettings } from "../../src/node/server/auth/ServerSettings";
import { createServer, type StatsServer } from "../../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS } from "../../src/node/server/ServerOptions";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  freePort,
  startOidcProvider,
  type OidcProviderForTests,
} from "../server/startOidcProvider";
import { twoTenants, updatesFor, type TwoTenants } from "../server/twoTenants";
import { launchChromium } from "./support/launchChromium";
import { saveShot } from "./support/saveShot";
import { clickOnTop } from "./support/clickOnTop";
import { expectOnTop } from "./support/expectOnTop";
import { onTop } from "./support/onTop";
import { hideHeaderTools, showHeaderTools } from "./support/showHeaderTools";
import { SCREENS, screenOptions } from "./support/viewports";

const ACCOUNTS = new Map([["alice", { name: "Alice Alpha", groups: ["team-a"] }]]);

let config: TwoTenants;
let provider: OidcProviderForTests;
let server: StatsServer;
let lens: string;
let browser: Browser;

beforeAll(async () => {
  config = await twoTenants();
  const port = await freePort();
  lens = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider(`${lens}/auth/callback`, ACCOUNTS);
  const settings = parseServerSettings(
    JSON.stringify({
      publicUrl: lens,
      oidc: {
        issuer: provider.issuer,
        clientId: CLIENT_ID,
        clientSecretEnv: "LENS_OIDC_SECRET",
        scopes: ["openid", "profile", "groups"],
      },
      tenants: { claim: "groups", map: { "team-a": ["Alpha"], "team-b": ["Beta"] } },
    }),
    "settings.json",
    config.dir,
    { LENS_OIDC_SECRET: CLIENT_SECRET },
  );
  server = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret: "e2e-ocs-secret",
    token: "e2e-stats-token",
    flushMs: 5,
    staticRoot: resolve("dist"),
    configFiles: config.files,
    access: createReadAccess(settings, config.model),
  });
  await server.app.listen({ host: "127.0.0.1", port });
  await server.hub.publish([
    ...updatesFor(config.alpha, "alpha"),
    ...updatesFor(config.beta, "beta"),
  ]);
  server.hub.flush();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  await provider?.close();
});

/** Fills or clicks a control as a person would, once it is on screen and not covered. */
async function use(control: Locator, text?: string): Promise<void> {
  expect(await onTop(control)).toEqual({ inViewport: true, hit: true });
  if (text === undefined) await control.click();
  else await control.fill(text);
}

describe.each(SCREENS)(
  "sign-in through the OpenID provider in Chromium, $width×$height, $colorScheme",
  (screen) => {
    let page: Page;
    /** Every body the app received from the server's reading endpoints, and every stream event. */
    const received: { url: string; text: string }[] = [];
    const streamed: string[] = [];
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      const context = await browser.newContext(screenOptions(screen));
      page = await context.newPage();
      page.on("console", (message) => {
        // The provider's own pages (their web fonts, their favicon) are not the app's concern.
        if (message.type() === "error" && new URL(page.url()).origin === lens) {
          consoleErrors.push(message.text());
        }
      });
      page.on("response", (response) => {
        const url = new URL(response.url());
        if (url.origin !== lens || !url.pathname.startsWith("/api/")) return;
        if (url.pathname === "/api/stream") return;
        void response
          .text()
          .then((text) => received.push({ url: url.pathname, text }))
          .catch(() => undefined);
      });
      // Event-stream messages are not a response body the page can read back: DevTools reports them.
      const devtools = await context.newCDPSession(page);
      await devtools.send("Network.enable");
      devtools.on("Network.eventSourceMessageReceived", (event) => {
        streamed.push(`${event.eventName} ${event.data}`);
      });
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it("sends the browser to the provider's login form, and back into the app once signed in", async () => {
      await page.goto(`${lens}/`);
      expect(new URL(page.url()).origin).toBe(provider.issuer);
      await use(page.locator('input[name="login"]'), "alice");
      await use(page.locator('input[name="password"]'), "any password");
      await use(page.getByRole("button", { name: "Sign-in" }));
      // The provider asks for consent the first time this account signs in to this client.
      const consent = page.getByRole("button", { name: "Continue" });
      const asked = await Promise.race([
        consent.waitFor().then(() => true),
        page.waitForURL((url) => url.origin === lens).then(() => false),
      ]);
      if (asked) {
        expect(await page.locator("body").innerText()).toContain("Authorize");
        await use(consent);
      }
      await page.waitForURL((url) => url.origin === lens && url.searchParams.has("config"));
      expect(new URL(page.url()).searchParams.get("config")).toBe(
        `/api/config/0/${config.files[0]!.name}`,
      );
      await page
        .getByTestId("stats-connection")
        .filter({ hasText: "Live: connected" })
        .waitFor({ timeout: 15_000 });
      const me = await page.evaluate(() =>
        fetch("/auth/me").then((r) => r.json() as Promise<Record<string, unknown>>),
      );
      expect(me).toMatchObject({ signedIn: true, name: "Alice Alpha", tenants: ["Alpha"] });
    });

    it("shows tenant A's objects and none of tenant B's", async () => {
      await expect.poll(() => page.locator("body").innerText()).toContain("alpha_Campaign");
      const text = await page.locator("body").innerText();
      for (const name of ["alpha_Team", "alpha_List"]) expect(text).toContain(name);
      expect(text).not.toMatch(/beta/i);
      // Statistics for ids the tree does not place are listed apart, closed: open them too.
      const unknown = page.getByText(/^Statistics for unknown objects \(\d+\)$/);
      await expect.poll(() => unknown.count()).toBe(1);
      await use(unknown);
      const list = page.getByRole("list", { name: "Statistics for unknown objects" });
      expect(await onTop(list)).toEqual({ inViewport: true, hit: true });
      expect(await list.innerText()).not.toMatch(/beta/i);
      expect(await list.innerText()).toMatch(/alpha/i);
      // The signed-in header: the live status, the search and the alarm count, and on a phone
      // the Tools row with the ways to open another configuration.
      for (const control of [
        page.getByTestId("stats-connection"),
        page.getByRole("combobox", { name: "Search by name or Stat Server id" }),
        page.getByRole("button", { name: /unacknowledged alarms?: show the alarm list$/ }),
        page.getByRole("combobox", { name: "Statistics source" }),
      ]) {
        expect(await onTop(control)).toEqual({ inViewport: true, hit: true });
      }
      const opened = await showHeaderTools(page);
      for (const name of ["Open files…", "Paste…"]) {
        expect(await onTop(page.locator("#app-tools").getByText(name, { exact: true }))).toEqual({
          inViewport: true,
          hit: true,
        });
      }
      await saveShot(page, "signed-in", screen);
      if (opened) await hideHeaderTools(page);
      expect(consoleErrors).toEqual([]);
    });

    it("receives no id or value of tenant B in the snapshot, the configuration or the stream", async () => {
      const tag = `live${screen.width}${screen.colorScheme}`;
      await server.hub.publish([
        ...updatesFor(config.beta, `beta-${tag}`, Date.now() + 1),
        ...updatesFor(config.alpha, `alpha-${tag}`, Date.now() + 1),
      ]);
      server.hub.flush();
      await expect
        .poll(() => streamed.some((message) => message.includes(`alpha-${tag}-value`)))
        .toBe(true);
      const paths = new Set(received.map((r) => r.url));
      expect(paths).toContain("/api/snapshot");
      expect(paths).toContain(`/api/config/0/${config.files[0]!.name}`);
      expect(received.find((r) => r.url === "/api/snapshot")!.text).toContain(
        '"id":"alpha_Campaign"',
      );
      for (const body of [...received.map((r) => r.text), ...streamed]) {
        expect(body).not.toMatch(/beta/i);
        for (const [, id] of config.beta) expect(body).not.toContain(`"${id}"`);
      }
    });

    it("names the person signed in in the header, beside a Sign out button, both in view", async () => {
      const header = page.getByRole("banner");
      const who = header.getByRole("group", { name: "Sign-in" });
      await expect.poll(() => who.innerText()).toContain("Alice Alpha");
      // Not folded into the phone's Tools row: in view with the Tools row closed.
      const toggle = page.getByRole("button", { name: "Tools", exact: true });
      if (await toggle.isVisible())
        expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      await expectOnTop(who.getByText("Alice Alpha"), "the signed-in person's name");
      await expectOnTop(who.getByRole("button", { name: "Sign out" }), "the Sign out button");
      // The search and the statistics' status keep their place beside it.
      for (const [control, what] of [
        [page.getByRole("combobox", { name: "Search by name or Stat Server id" }), "the search"],
        [page.getByTestId("stats-connection"), "the statistics' status"],
        [
          page.getByRole("button", { name: /unacknowledged alarms?: show the alarm list$/ }),
          "the alarm count",
        ],
      ] as const) {
        await expectOnTop(control, what);
      }
      // It takes no row of its own: on a phone it shares the first with the Tools button, on
      // a wider screen the last with the alarm count.
      const beside = await (
        screen.width <= 600
          ? toggle
          : page.getByRole("button", { name: /unacknowledged alarms?: show the alarm list$/ })
      ).boundingBox();
      const box = await who.boundingBox();
      expect(box!.y).toBeLessThan(beside!.y + beside!.height);
      expect(box!.y + box!.height).toBeGreaterThan(beside!.y);
      await saveShot(page, "session", screen);
      expect(consoleErrors).toEqual([]);
    });

    it("signs out: the signed-out page, the session ended on the server, and sign-in again on the next load", async () => {
      const cookies = await page.context().cookies(lens);
      const session = cookies.find((cookie) => cookie.name.endsWith("lens_session"));
      expect(session).toBeDefined();
      const withCookie = { headers: { cookie: `${session!.name}=${session!.value}` } };
      expect((await fetch(`${lens}/api/snapshot`, withCookie)).status).toBe(200);

      // Ending the session ends its live stream too: the page, not yet gone, sees the stream
      // cut on its way out: errors from the stream, and nothing else, until it is gone.
      const leaving: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === "error") {
          leaving.push(`${message.text()} ${new URL(message.location().url).pathname}`);
        }
      };
      page.on("console", onConsole);
      const before = consoleErrors.length;
      await clickOnTop(page.getByRole("button", { name: "Sign out" }), "the Sign out button");
      await page.waitForURL(`${lens}/auth/signed-out`);
      page.off("console", onConsole);
      for (const error of leaving) expect(error).toMatch(/ \/api\/stream$/);
      consoleErrors.splice(before);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Signed out");
      await expectOnTop(page.getByRole("link", { name: "Sign in again" }), "Sign in again");
      await saveShot(page, "signed-out", screen);
      // The server ended the session itself: the old cookie, replayed, opens nothing.
      expect((await fetch(`${lens}/api/snapshot`, withCookie)).status).toBe(401);
      expect(
        await page.evaluate(() =>
          fetch("/auth/me").then((r) => r.json() as Promise<Record<string, unknown>>),
        ),
      ).toMatchObject({ signInRequired: true, signedIn: false });

      // Loading the app again goes through the provider before the app is shown again.
      const visited: string[] = [];
      const onRequest = (request: { isNavigationRequest(): boolean; url(): string }) => {
        if (request.isNavigationRequest()) visited.push(new URL(request.url()).origin);
      };
      page.on("request", onRequest);
      await page.goto(`${lens}/`);
      await page.waitForURL((url) => url.origin === provider.issuer || url.origin === lens);
      page.off("request", onRequest);
      expect(visited).toContain(provider.issuer);
      if (new URL(page.url()).origin === lens) {
        // The provider still knew Alice and sent her straight back: a new session, not the old.
        expect((await fetch(`${lens}/api/snapshot`, withCookie)).status).toBe(401);
      } else {
        await page.locator('input[name="login"]').waitFor();
      }
      expect(consoleErrors).toEqual([]);
    });
  },
);
