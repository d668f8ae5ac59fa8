import { resolve } from "node:path";
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { SECRET, startTestServer, type TestServer } from "./startTestServer";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A raw GET, so that the path and the Host header go out exactly as written. */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port } = new URL(server!.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("Host and Origin", () => {
  it("refuses a foreign Host on every endpoint, the stream included, as DNS rebinding would send it", async () => {
    server = await startTestServer();
    for (const path of [
      "/api/health",
      "/api/snapshot",
      "/api/stream",
      "/api/config/0/a.json",
      "/",
    ]) {
      const answer = await get(path, { host: "attacker.example:8080" });
      expect(answer.status, path).toBe(403);
      expect(answer.headers["content-security-policy"]).toBeDefined();
    }
    expect(server.counters.foreignHost).toBe(5);
  });

  it("answers loopback names, the listening address and configured names", async () => {
    server = await startTestServer({ listenHost: "10.1.2.3", allowedHosts: ["lens.example.com"] });
    const { port } = new URL(server.url);
    for (const host of [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      "10.1.2.3",
      "LENS.example.com:443",
    ]) {
      expect((await get("/api/health", { host })).status, host).toBe(200);
    }
    expect((await get("/api/health", { host: "lens.example.com.attacker.net" })).status).toBe(403);
  });

  it("refuses requests carrying another site's Origin, and accepts its own", async () => {
    server = await startTestServer();
    const { port } = new URL(server.url);
    expect((await get("/api/snapshot", { origin: "https://evil.example" })).status).toBe(403);
    expect((await get("/api/snapshot", { origin: "null" })).status).toBe(403);
    expect((await get("/api/snapshot", { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    const post = await fetch(`${server.url}/api/ocs/campaign-group-state?secret=${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ GSW_CAMPAIGN_NAME: "C", GSW_GROUP_NAME: "G" }),
    });
    expect(post.status).toBe(403);
    expect(server.hub.seq).toBe(0);
  });
});

describe("bad paths and framework errors", () => {
  it("answers undecodable and traversal paths with 400 or 404 and the security headers, never 500", async () => {
    server = await startTestServer({ staticRoot: resolve("public") });
    const paths = [
      "/%",
      "/api/config/0/%",
      "/samples/%E0%A4%A",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/..%5c..%5cetc/passwd",
      "/%c0%ae%c0%ae/etc/passwd",
      "/samples/%00",
      "/samples/..%00/x",
      "/index.html%00.json",
      "/api/config/0/..%2f..%2fpackage.json",
      "/../../etc/passwd",
      "/samples/../../package.json",
    ];
    for (const path of paths) {
      const answer = await get(path);
      expect([400, 404], `${path}: ${answer.status} ${answer.body}`).toContain(answer.status);
      expect(answer.headers["content-security-policy"], path).toBeDefined();
      expect(answer.body).not.toMatch(/"name":\s*"campaign-lens"|root:/);
    }
    expect(server.counters.internalErrors).toBe(0);
  });

  it("keeps an OCS report whose extra key nests thousands deep, ignoring that key", async () => {
    server = await startTestServer();
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    const response = await fetch(`${server.url}/api/ocs/campaign-group-state?secret=${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"GSW_CAMPAIGN_NAME":"C","GSW_GROUP_NAME":"G","GSW_DEEP":${deep}}`,
    });
    expect(response.status).toBe(202);
    expect(((await response.json()) as { ignored: string[] }).ignored).toEqual(["GSW_DEEP"]);
  });
});

describe("request log", () => {
  it("writes one JSON line per request with its id, and never the secret or the token", async () => {
    const lines: string[] = [];
    server = await startTestServer({ log: { write: (line) => lines.push(line) } });
    const response = await fetch(`${server.url}/api/ocs/campaign-group-state?secret=${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer not-logged-either" },
      body: JSON.stringify({ GSW_CAMPAIGN_NAME: "C", GSW_GROUP_NAME: "G" }),
    });
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const entries = lines.map(
      (line) => JSON.parse(line) as { reqId?: string; req?: { path: string } },
    );
    expect(
      entries.some(
        (entry) => entry.reqId === id && entry.req?.path === "/api/ocs/campaign-group-state",
      ),
    ).toBe(true);
    expect(lines.join("\n")).not.toContain(SECRET);
    expect(lines.join("\n")).not.toContain("not-logged-either");
  });
});
