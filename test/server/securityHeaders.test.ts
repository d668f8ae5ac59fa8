import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SseReader } from "./SseReader";
import { startTestServer, type TestServer } from "./startTestServer";

let server: TestServer;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), "lens-dist-"));
  await writeFile(join(dist, "index.html"), "<!doctype html><title>Campaign Lens</title>");
  server = await startTestServer({ staticRoot: dist });
});
afterAll(async () => {
  await server.close();
  await rm(dist, { recursive: true });
});

function expectSecurityHeaders(headers: { get(name: string): string | null }): void {
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("referrer-policy")).toBe("no-referrer");
}

describe("security headers", () => {
  it.each(["/", "/index.html", "/api/health", "/api/snapshot", "/no/such/page"])(
    "are on GET %s",
    async (path) => {
      const response = await fetch(server.url + path);
      expectSecurityHeaders(response.headers);
    },
  );

  it("are on refusals (403) and on the event stream", async () => {
    const refused = await fetch(`${server.url}/api/ocs/campaign-group-state?secret=x`, {
      method: "POST",
    });
    expect(refused.status).toBe(403);
    expectSecurityHeaders(refused.headers);
    const stream = await SseReader.open(`${server.url}/api/stream`);
    const headers = stream.headers;
    expectSecurityHeaders({ get: (name) => (headers[name] as string | undefined) ?? null });
    expect(headers["content-type"]).toBe("text/event-stream; charset=utf-8");
    stream.close();
  });

  it("serves the app's index page at /", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Campaign Lens</title>");
  });
});
