import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/model/loadConfig";
import { runReadTokens } from "../../src/node/cli/readTokens";
import { createReadAccess } from "../../src/node/server/auth/ReadAccess";
import { newReadToken, writeTokenFile } from "../../src/node/server/auth/ReadTokenFile";
import { parseServerSettings } from "../../src/node/server/auth/ServerSettings";
import { TenantDirectory } from "../../src/node/server/auth/TenantDirectory";
import type { StreamClient } from "../../src/node/server/StreamClient";
import { UpdateHub } from "../../src/node/server/UpdateHub";
import { SseReader } from "./SseReader";
import { startTestServer, TOKEN, type TestServer } from "./startTestServer";
import { twoTenants, updatesFor, type TwoTenants } from "./twoTenants";

let config: TwoTenants;
let server: TestServer;
let tokensFile: string;
const tokens = new Map<string, { token: string; id: string }>();

/** Exchanges a read token (presented once in the URL) for a session cookie. */
async function signInWith(token: string): Promise<string> {
  const response = await fetch(`${server.url}/?read_token=${token}`, { redirect: "manual" });
  expect(response.status).toBe(303);
  expect(response.headers.get("location")).toBe("/");
  const cookie = response.headers.getSetCookie()[0]!;
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return cookie.split(";")[0]!;
}

/** Every Beta id and value, as text: none may reach an Alpha reader in any form. */
function betaLeaks(text: string): string[] {
  const words = [
    ...config.beta.map(([, id]) => id),
    "beta-value-",
    "Beta",
    "beta.agent",
    "betaFirst",
    "Shared_Campaign",
    "unknown-object",
  ];
  return words.filter((word) => text.includes(word));
}

beforeAll(async () => {
  config = await twoTenants();
  tokensFile = join(config.dir, "read-tokens.json");
  const entries = [];
  for (const [label, tenants] of [
    ["alpha", ["Alpha"]],
    ["beta", ["Beta"]],
    ["both", ["Alpha", "Beta"]],
    ["all", "*"],
  ] as const) {
    const { token, entry } = newReadToken(`${label} screen`, tenants, null);
    tokens.set(label, { token, id: entry.id });
    entries.push(entry);
  }
  const expired = newReadToken("old screen", "*", new Date(Date.now() - 1000));
  tokens.set("expired", { token: expired.token, id: expired.entry.id });
  entries.push(expired.entry);
  await writeTokenFile(tokensFile, entries);
  const settings = parseServerSettings(
    JSON.stringify({ publicUrl: "http://127.0.0.1:1", readTokensFile: "read-tokens.json" }),
    "settings.json",
    config.dir,
    {},
  );
  server = await startTestServer({
    configFiles: config.files,
    access: createReadAccess(settings, config.model, { tokenCheckMs: 0, sweepMs: 50 }),
  });
  await server.hub.publish([
    ...updatesFor(config.alpha, "alpha-early"),
    ...updatesFor(config.beta, "beta-early"),
    ...updatesFor([["Campaign", "Shared_Campaign"]], "shared-early"),
    ...updatesFor([["Campaign", "unknown-object"]], "unknown-early"),
  ]);
  server.hub.flush();
});

afterAll(async () => {
  await server.close();
});

describe("tenant attribution", () => {
  it("places every Stat Server object of the configuration in its tenant, a shared id in both", () => {
    const directory = new TenantDirectory(config.model);
    for (const [type, id] of config.alpha) expect(directory.ownersOf(type, id)).toEqual(["Alpha"]);
    for (const [type, id] of config.beta) expect(directory.ownersOf(type, id)).toEqual(["Beta"]);
    expect([...directory.ownersOf("Campaign", "Shared_Campaign")!].sort()).toEqual([
      "Alpha",
      "Beta",
    ]);
    expect(directory.ownersOf("Campaign", "unknown-object")).toBeUndefined();
    const alpha = directory.scopeOf(["Alpha"]);
    expect(directory.scopeOf(["Alpha", "Alpha"])).toBe(alpha);
    expect(alpha.allows("Campaign", "Shared_Campaign")).toBe(false);
    expect(directory.scopeOf(["Beta", "Alpha"]).allows("Campaign", "Shared_Campaign")).toBe(true);
    expect(directory.scopeOf(["Beta", "Alpha"]).allows("Campaign", "unknown-object")).toBe(false);
  });

  it("encodes each event once per distinct scope, not per client", () => {
    const hub = new UpdateHub({ instance: "i", ringSize: 100, flushMs: 1000, intervalMs: 1000 });
    const directory = new TenantDirectory(config.model);
    const received: { scope: string; chunk: Buffer }[] = [];
    const client = (scope: ReturnType<TenantDirectory["scopeOf"]> | null) =>
      ({
        scope,
        send: (chunk: Buffer) => received.push({ scope: scope?.key ?? "all", chunk }),
      }) as unknown as StreamClient;
    for (let n = 0; n < 50; n += 1) {
      hub.clients.add(client(null));
      hub.clients.add(client(directory.scopeOf(["Alpha"])));
      hub.clients.add(client(directory.scopeOf(["Beta"])));
    }
    const encode = vi.spyOn(hub, "encode");
    hub.publish([...updatesFor(config.alpha, "a"), ...updatesFor(config.beta, "b")]);
    hub.flush();
    expect(encode).toHaveBeenCalledTimes(3);
    expect(received).toHaveLength(150);
    const alphaChunks = new Set(
      received.filter((r) => r.scope === '["Alpha"]').map((r) => r.chunk),
    );
    expect(alphaChunks.size).toBe(1);
    expect(betaLeaks([...alphaChunks][0]!.toString())).toEqual([]);
  });
});

describe("a reader limited to tenant Alpha", () => {
  it("gets only Alpha's ids and values from the snapshot, the stream, a resume and a reset", async () => {
    const cookie = await signInWith(tokens.get("alpha")!.token);
    const headers = { cookie };
    const snapshotText = await (await fetch(`${server.url}/api/snapshot`, { headers })).text();
    const snapshot = JSON.parse(snapshotText) as { lastEventId: string; values: { id: string }[] };
    expect(new Set(snapshot.values.map((v) => v.id))).toEqual(
      new Set(config.alpha.map(([, id]) => id)),
    );
    expect(betaLeaks(snapshotText)).toEqual([]);

    const live = await SseReader.open(`${server.url}/api/stream`, headers);
    await live.until((events) => events.some((e) => e.event === "hello"));
    await server.hub.publish([
      ...updatesFor(config.beta, "beta-live"),
      ...updatesFor(config.alpha, "alpha-live"),
      ...updatesFor([["Campaign", "Shared_Campaign"]], "shared-live"),
    ]);
    await live.until((events) => events.some((e) => e.data.includes("alpha-live")));
    // Beta's updates alone: the Alpha reader gets nothing of them, not even an empty event.
    await server.hub.publish(updatesFor(config.beta, "beta-only"));
    server.hub.flush();
    await server.hub.publish(updatesFor(config.alpha, "alpha-after"));
    await live.until((events) => events.some((e) => e.data.includes("alpha-after")));
    live.close();
    const liveText = live.events.map((e) => `${e.id ?? ""} ${e.event} ${e.data}`).join("\n");
    expect(betaLeaks(liveText)).toEqual([]);
    expect(live.updates().map((u) => u.id)).toEqual([
      ...config.alpha.map(([, id]) => id),
      ...config.alpha.map(([, id]) => id),
    ]);

    // Resume from the snapshot's position: a replay of Alpha's updates since, Beta's left out.
    const resumed = await SseReader.open(`${server.url}/api/stream`, {
      ...headers,
      "last-event-id": snapshot.lastEventId,
    });
    await resumed.until((events) => events.some((e) => e.event === "hello"));
    resumed.close();
    const resumedText = resumed.events.map((e) => `${e.id ?? ""} ${e.event} ${e.data}`).join("\n");
    expect(resumedText).toContain("alpha-live");
    expect(resumedText).toContain("alpha-after");
    expect(betaLeaks(resumedText)).toEqual([]);

    // A position of another instance: a reset, with Alpha's values only.
    const reset = await SseReader.open(`${server.url}/api/stream`, {
      ...headers,
      "last-event-id": "otherinstance-5",
    });
    await reset.until((events) => events.some((e) => e.event === "hello"));
    reset.close();
    const resetEvent = reset.events.find((e) => e.event === "reset")!;
    const resetValues = (JSON.parse(resetEvent.data) as { values: { id: string }[] }).values;
    expect(new Set(resetValues.map((v) => v.id))).toEqual(
      new Set(config.alpha.map(([, id]) => id)),
    );
    expect(betaLeaks(reset.events.map((e) => e.data).join("\n"))).toEqual([]);
  });

  it("is served the configuration reduced to Alpha, which the app's importer reads", async () => {
    const cookie = await signInWith(tokens.get("alpha")!.token);
    const name = config.files[0]!.name;
    const text = await (
      await fetch(`${server.url}/api/config/0/${encodeURIComponent(name)}`, { headers: { cookie } })
    ).text();
    // Alpha's own campaign of the shared name is Alpha's to see; nothing else of Beta is there.
    expect(betaLeaks(text)).toEqual(["Shared_Campaign"]);
    const model = loadConfig([{ path: name, content: text }]);
    expect(new Set([...model.objects.values()].map((o) => o.tenant))).toEqual(new Set(["Alpha"]));
    const alphaCampaignGroup = model.byKind.campaignGroup.find((g) => g.name.startsWith("alpha"));
    expect(alphaCampaignGroup).toMatchObject({
      dialMode: "Predict",
      group: { name: "alpha_Team" },
    });
    expect(model.byKind.agentGroup[0]!.agents.map((a) => a.name)).toEqual([
      "alpha.agent1",
      "alpha.agent2",
    ]);
  });

  it("sees health without counts that span tenants", async () => {
    const cookie = await signInWith(tokens.get("alpha")!.token);
    const health = (await (
      await fetch(`${server.url}/api/health`, { headers: { cookie } })
    ).json()) as Record<string, unknown>;
    // The instance is what the app's page looks for to choose the live stream over the simulator.
    expect(health).toMatchObject({ status: "ok", ready: true, instance: server.hub.instance });
    expect(health).not.toHaveProperty("objects");
    expect(health).not.toHaveProperty("counters");
    expect(health).not.toHaveProperty("sources");
  });
});

describe("readers of every tenant, and of none", () => {
  it("shows a reader of all tenants everything, objects the configuration does not know included", async () => {
    const cookie = await signInWith(tokens.get("all")!.token);
    const snapshot = (await (
      await fetch(`${server.url}/api/snapshot`, { headers: { cookie } })
    ).json()) as { values: { id: string }[] };
    const ids = new Set(snapshot.values.map((v) => v.id));
    expect(ids).toContain("unknown-object");
    expect(ids).toContain("Shared_Campaign");
    expect(ids).toContain(config.beta[0]![1]);
    const health = (await (
      await fetch(`${server.url}/api/health`, { headers: { cookie } })
    ).json()) as Record<string, unknown>;
    expect(health).toHaveProperty("objects");
    const file = await fetch(
      `${server.url}/api/config/0/${encodeURIComponent(config.files[0]!.name)}`,
      { headers: { cookie } },
    );
    expect(Buffer.from(await file.arrayBuffer())).toEqual(Buffer.from(config.files[0]!.content));
  });

  it("shows an id two tenants share only to a reader of both", async () => {
    const cookie = await signInWith(tokens.get("both")!.token);
    const snapshot = (await (
      await fetch(`${server.url}/api/snapshot`, { headers: { cookie } })
    ).json()) as { values: { id: string }[] };
    const ids = new Set(snapshot.values.map((v) => v.id));
    expect(ids).toContain("Shared_Campaign");
    expect(ids).not.toContain("unknown-object");
  });

  it("refuses every read without a session, and answers liveness only on health", async () => {
    for (const path of [
      "/api/snapshot",
      "/api/stream",
      `/api/config/0/${encodeURIComponent(config.files[0]!.name)}`,
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(401);
      expect(betaLeaks(await response.text())).toEqual([]);
    }
    const page = await fetch(`${server.url}/`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(401);
    expect(await page.text()).toContain("read token");
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({
      status: "ok",
      ready: true,
    });
    const forged = await fetch(`${server.url}/api/snapshot`, {
      headers: { cookie: "lens_session=forged-session-id" },
    });
    expect(forged.status).toBe(401);
  });

  it("keeps the feeders on their own credentials", async () => {
    const response = await fetch(`${server.url}/api/stats`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ updates: [] }),
    });
    expect(response.status).not.toBe(401);
    expect(response.status).toBeLessThan(500);
  });
});

describe("read tokens", () => {
  it("are exchanged through a header as well, and refused when unknown or expired", async () => {
    const exchange = (token: string) =>
      fetch(`${server.url}/auth/token`, { headers: { authorization: `Bearer ${token}` } });
    const ok = await exchange(tokens.get("beta")!.token);
    expect(ok.status).toBe(204);
    expect(ok.headers.getSetCookie()[0]).toMatch(/^lens_session=/);
    expect((await exchange("clr_not-a-token")).status).toBe(401);
    expect((await exchange(tokens.get("expired")!.token)).status).toBe(401);
    const link = await fetch(`${server.url}/?read_token=${tokens.get("expired")!.token}`, {
      redirect: "manual",
    });
    expect(link.status).toBe(401);
    expect(link.headers.getSetCookie()).toEqual([]);
  });

  it("end their sessions and open streams when revoked with the read-tokens command", async () => {
    const { token, id } = tokens.get("beta")!;
    const cookie = await signInWith(token);
    const stream = await SseReader.open(`${server.url}/api/stream`, { cookie });
    await stream.until((events) => events.some((e) => e.event === "hello"));
    const out: string[] = [];
    const io = {
      stdout: (text: string) => out.push(text),
      stdoutPaced: (text: string) => Promise.resolve(out.push(text) > 0),
      stderr: (text: string) => out.push(text),
      stdin: () => (async function* () {})(),
      env: {},
      colour: false,
    };
    expect(await runReadTokens(["list", "--file", tokensFile], io)).toBe(0);
    expect(out.join("")).toContain(id);
    expect(out.join("")).not.toContain(token);
    expect(await runReadTokens(["revoke", id, "--file", tokensFile], io)).toBe(0);
    await stream.until(() => stream.ended, 3000).catch(() => undefined);
    expect(stream.ended).toBe(true);
    expect((await fetch(`${server.url}/api/snapshot`, { headers: { cookie } })).status).toBe(401);
    const again = await fetch(`${server.url}/?read_token=${token}`, { redirect: "manual" });
    expect(again.status).toBe(401);
    const file = await readFile(tokensFile, "utf8");
    expect(file).not.toContain(token);
  });

  it("are issued by the command, printed once and stored hashed", async () => {
    const out: string[] = [];
    const io = {
      stdout: (text: string) => out.push(text),
      stdoutPaced: (text: string) => Promise.resolve(out.push(text) > 0),
      stderr: (text: string) => out.push(text),
      stdin: () => (async function* () {})(),
      env: {},
      colour: false,
    };
    const file = join(config.dir, "issued.json");
    expect(
      await runReadTokens(
        ["issue", "--file", file, "--label", "Floor 3", "--tenants", "Alpha", "--days", "30"],
        io,
      ),
    ).toBe(0);
    const token = /token: (clr_\S+)/.exec(out.join(""))![1]!;
    expect(token.length).toBeGreaterThan(40);
    const stored = await readFile(file, "utf8");
    expect(stored).not.toContain(token);
    expect(JSON.parse(stored)).toMatchObject({
      tokens: [{ label: "Floor 3", tenants: ["Alpha"] }],
    });
    expect(await runReadTokens(["issue", "--file", file, "--label", "x"], io)).toBe(2);
    expect(await runReadTokens(["revoke", "rt_00000000", "--file", file], io)).toBe(1);
  });
});
