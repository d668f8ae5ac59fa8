import { createClient } from "@redis/client";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReadAccess } from "../../src/node/server/auth/ReadAccess";
import { newReadToken, writeTokenFile } from "../../src/node/server/auth/ReadTokenFile";
import { RedisSessionStore } from "../../src/node/server/auth/RedisSessionStore";
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
import { startRedis, type TestRedis } from "./startRedis";
import { SECRET, TOKEN } from "./startTestServer";
import { twoTenants, updatesFor, type TwoTenants } from "./twoTenants";

const ACCOUNTS = new Map([["alice", { name: "Alice Alpha", groups: ["team-a"] }]]);
const KEY_PREFIX = "lens-sessions-test:";

let config: TwoTenants;
let redis: TestRedis;
let provider: OidcProviderForTests;
let inspector: ReturnType<typeof createClient>;
let wallToken: string;
const servers = new Map<string, { server: StatsServer; url: string }>();

async function startLens(name: string, port: number, redirect: string): Promise<void> {
  const url = `http://127.0.0.1:${port}`;
  const settings = parseServerSettings(
    JSON.stringify({
      publicUrl: url,
      sessionMinutes: 30,
      oidc: {
        issuer: provider.issuer,
        clientId: CLIENT_ID,
        clientSecretEnv: "LENS_OIDC_SECRET",
        redirectUrl: redirect,
        scopes: ["openid", "profile", "groups"],
      },
      tenants: { claim: "groups", map: { "team-a": ["Alpha"], "team-b": ["Beta"] } },
      readTokensFile: "read-tokens.json",
    }),
    "settings.json",
    config.dir,
    { LENS_OIDC_SECRET: CLIENT_SECRET },
  );
  const server = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret: SECRET,
    token: TOKEN,
    flushMs: 5,
    configFiles: config.files,
    redisUrl: redis.url,
    access: createReadAccess(settings, config.model, {
      sweepMs: 100,
      tokenCheckMs: 100,
      redisUrl: redis.url,
      redisKeyPrefix: KEY_PREFIX,
    }),
  });
  await server.app.listen({ host: "127.0.0.1", port });
  servers.set(name, { server, url });
}

const urlOf = (name: string) => servers.get(name)!.url;

/** Signs alice in on server A through the provider's forms; returns her session cookie's value. */
async function signInOnA(): Promise<string> {
  const browser = new BrowserSession();
  const a = urlOf("a");
  const { response } = await browser.follow(
    `${a}/auth/login?next=%2Fapi%2Fsnapshot`,
    { login: "alice", password: "any password" },
    `${a}/auth/callback`,
  );
  expect(response.status).toBe(303);
  return browser.cookies(a).get("lens_session")!;
}

const read = (name: string, path: string, cookie: string) =>
  fetch(`${urlOf(name)}${path}`, { headers: { cookie: `lens_session=${cookie}` } });

beforeAll(async () => {
  config = await twoTenants();
  const wall = newReadToken("Alpha wall", ["Alpha"], null);
  wallToken = wall.token;
  await writeTokenFile(join(config.dir, "read-tokens.json"), [wall.entry]);
  redis = await startRedis();
  inspector = createClient({ url: redis.url });
  // Redis is stopped and started again below: this client reconnects on its own.
  inspector.on("error", () => undefined);
  await inspector.connect();
  const [portA, portB] = [await freePort(), await freePort()];
  const redirect = `http://127.0.0.1:${portA}/auth/callback`;
  provider = await startOidcProvider(redirect, ACCOUNTS);
  await startLens("a", portA, redirect);
  await startLens("b", portB, redirect);
  const { server } = servers.get("a")!;
  await server.hub.publish([
    ...updatesFor(config.alpha, "alpha"),
    ...updatesFor(config.beta, "beta"),
  ]);
  server.hub.flush();
});

afterAll(async () => {
  for (const { server } of servers.values()) await server.app.close();
  await inspector?.close();
  await provider?.close();
  await redis?.close();
});

describe("sessions shared through Redis by two servers", () => {
  it("keeps each session as a key named by a hash of its id, expiring with the session", async () => {
    const cookie = await signInOnA();
    const keys = await inspector.keys(`${KEY_PREFIX}session:*`);
    const hashed = createHash("sha256").update(cookie).digest("base64url");
    expect(keys).toContain(`${KEY_PREFIX}session:${hashed}`);
    for (const key of keys) {
      expect(key).not.toContain(cookie);
      expect(await inspector.get(key)).not.toContain(cookie);
    }
    const ttl = await inspector.pTTL(`${KEY_PREFIX}session:${hashed}`);
    expect(ttl).toBeGreaterThan(29 * 60_000);
    expect(ttl).toBeLessThanOrEqual(30 * 60_000);
  });

  it("signs a reader in on one server and lets the cookie read, scoped, on the other", async () => {
    const cookie = await signInOnA();
    const me = await (await read("b", "/auth/me", cookie)).json();
    expect(me).toMatchObject({ signedIn: true, name: "Alice Alpha", tenants: ["Alpha"] });
    const response = await read("b", "/api/snapshot", cookie);
    expect(response.status).toBe(200);
    const snapshot = (await response.json()) as { values: { id: string }[] };
    expect(new Set(snapshot.values.map((v) => v.id))).toEqual(
      new Set(config.alpha.map(([, id]) => id)),
    );
  });

  it("ends a session signed out on one server on the other, closing its open stream there", async () => {
    const cookie = await signInOnA();
    const stream = await SseReader.open(`${urlOf("a")}/api/stream`, {
      cookie: `lens_session=${cookie}`,
    });
    await stream.until((events) => events.some((e) => e.event === "hello"));
    expect((await read("b", "/api/snapshot", cookie)).status).toBe(200);

    const out = await fetch(`${urlOf("b")}/auth/logout`, {
      method: "POST",
      headers: { cookie: `lens_session=${cookie}`, origin: urlOf("b") },
    });
    expect(out.status).toBe(204);
    const hashed = createHash("sha256").update(cookie).digest("base64url");
    expect(await inspector.exists(`${KEY_PREFIX}session:${hashed}`)).toBe(0);

    expect((await read("a", "/api/snapshot", cookie)).status).toBe(401);
    await stream.until(() => stream.ended, 3000).catch(() => undefined);
    expect(stream.ended).toBe(true);
  });

  it("closes a stream whose session another server ended, with no request from the reader", async () => {
    const cookie = await signInOnA();
    const stream = await SseReader.open(`${urlOf("a")}/api/stream`, {
      cookie: `lens_session=${cookie}`,
    });
    await stream.until((events) => events.some((e) => e.event === "hello"));
    await fetch(`${urlOf("b")}/auth/logout`, {
      method: "POST",
      headers: { cookie: `lens_session=${cookie}`, origin: urlOf("b") },
    });
    const started = Date.now();
    await stream.until(() => stream.ended, 3000).catch(() => undefined);
    expect(stream.ended).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("ends a read token's sessions on every server when it is revoked", async () => {
    const exchanged = await fetch(`${urlOf("a")}/auth/token`, {
      headers: { authorization: `Bearer ${wallToken}` },
    });
    expect(exchanged.status).toBe(204);
    const cookie = /^lens_session=([^;]+)/.exec(exchanged.headers.getSetCookie()[0]!)![1]!;
    const stream = await SseReader.open(`${urlOf("b")}/api/stream`, {
      cookie: `lens_session=${cookie}`,
    });
    await stream.until((events) => events.some((e) => e.event === "hello"));
    expect(await (await read("a", "/auth/me", cookie)).json()).toMatchObject({ signedIn: true });

    await writeTokenFile(join(config.dir, "read-tokens.json"), []);
    await stream.until(() => stream.ended, 3000).catch(() => undefined);
    expect(stream.ended).toBe(true);
    expect((await read("a", "/api/snapshot", cookie)).status).toBe(401);
  });

  it("keeps a reader signed in when their server stops: the other one answers the same cookie", async () => {
    const cookie = await signInOnA();
    const stream = await SseReader.open(`${urlOf("a")}/api/stream`, {
      cookie: `lens_session=${cookie}`,
    });
    await stream.until((events) => events.some((e) => e.event === "hello"));
    const port = Number(new URL(urlOf("a")).port);
    const redirect = `${urlOf("a")}/auth/callback`;
    await servers.get("a")!.server.app.close();
    await stream.until(() => stream.ended, 3000).catch(() => undefined);
    expect(stream.ended).toBe(true);

    const again = await SseReader.open(`${urlOf("b")}/api/stream`, {
      cookie: `lens_session=${cookie}`,
    });
    await again.until((events) => events.some((e) => e.event === "hello"));
    expect(again.ended).toBe(false);
    expect((await read("b", "/api/snapshot", cookie)).status).toBe(200);
    again.close();

    // A restarted server knows the session too: nothing of it was held in the stopped process.
    await startLens("a", port, redirect);
    expect((await read("a", "/api/snapshot", cookie)).status).toBe(200);
  });
});

describe("the Redis session store", () => {
  const store = (options: { maxSessions?: number } = {}) =>
    new RedisSessionStore({
      url: redis.url,
      keyPrefix: "lens-store-test:",
      scopeOf: () => null,
      ...options,
    });
  const fields = { name: "Wall 1", method: "read-token", tenants: "*", scope: null } as const;

  it("drops a session when its key expires", async () => {
    const sessions = store();
    try {
      const session = await sessions.create(fields, 150);
      expect(await sessions.get(session.id)).not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await sessions.get(session.id)).toBeNull();
    } finally {
      await sessions.close();
    }
  });

  it("holds at most its bound of sessions: past it the oldest end", async () => {
    const sessions = store({ maxSessions: 3 });
    try {
      const made = [];
      for (let n = 0; n < 5; n += 1) {
        made.push(await sessions.create(fields, 60_000));
        // Sessions are ordered by when they expire, to the millisecond.
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const live = await Promise.all(made.map((s) => sessions.get(s.id)));
      expect(live.map((s) => s !== null)).toEqual([false, false, true, true, true]);
      expect(await inspector.zCard("lens-store-test:sessions")).toBe(3);
    } finally {
      await sessions.close();
    }
  });

  it("refuses a cookie with 503 while Redis is away, and reads again once it is back", async () => {
    const cookie = await signInOnA();
    await redis.stop();
    try {
      const refused = await read("b", "/api/snapshot", cookie);
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("2");
      const body = await refused.text();
      expect(JSON.parse(body)).toMatchObject({ error: "unavailable" });
      // Where Redis is stays in the server's log.
      expect(body).not.toContain(new URL(redis.url).port);
    } finally {
      await redis.start();
    }
    // Redis started empty (no persistence here): the session is gone, so sign in again.
    await expect
      .poll(async () => (await read("b", "/api/snapshot", cookie)).status, { timeout: 10_000 })
      .toBe(401);
  });
});
