import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./startTestServer";

let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), "lens-dist-"));
  await writeFile(join(dist, "index.html"), "<!doctype html><title>Campaign Lens</title>");
});
afterAll(() => rm(dist, { recursive: true }));

async function withServer(
  configFiles: { name: string; content: Uint8Array }[],
  run: (server: TestServer) => Promise<void>,
): Promise<void> {
  const server = await startTestServer({ staticRoot: dist, configFiles });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

describe("the app's bare address", () => {
  it("opens the configuration the server was started with", async () => {
    const content = new TextEncoder().encode('{"__metadata__":{"formatName":"JSON"}}');
    await withServer([{ name: "demo mistakes.json", content }], async (server) => {
      const response = await fetch(server.url + "/", { redirect: "manual" });
      expect(response.status).toBe(302);
      const location = response.headers.get("location") ?? "";
      expect(location).toBe("/?config=%2Fapi%2Fconfig%2F0%2Fdemo%2520mistakes.json");
      const config = new URL(location, server.url).searchParams.get("config") ?? "";
      const file = await fetch(server.url + config);
      expect(file.status).toBe(200);
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(content);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    });
  });

  it("is left alone when a link already says which configuration to open", async () => {
    const content = new TextEncoder().encode("{}");
    await withServer([{ name: "demo.json", content }], async (server) => {
      const response = await fetch(server.url + "/?config=%2Fsamples%2Fsmall-clean.json", {
        redirect: "manual",
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("<title>Campaign Lens</title>");
    });
  });

  it("serves the app as it is when the server has no configuration", async () => {
    await withServer([], async (server) => {
      const response = await fetch(server.url + "/", { redirect: "manual" });
      expect(response.status).toBe(200);
    });
  });
});
