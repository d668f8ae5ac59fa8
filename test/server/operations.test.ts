import { describe, expect, it } from "vitest";
import { SseReader } from "./SseReader";
import { startTestServer } from "./startTestServer";

describe("operations", () => {
  it("answers liveness always and readiness only while every source is connected", async () => {
    const server = await startTestServer();
    try {
      expect(await (await fetch(`${server.url}/api/health/live`)).json()).toEqual({ live: true });
      const ready = await fetch(`${server.url}/api/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        ready: true,
        checks: [{ name: "live state", ready: true }],
      });

      server.hub.setSourceHealth("api", () => ({}));
      server.hub.setSourceStatus({
        source: "api",
        available: false,
        reason: "Stat Server unavailable",
        since: 1,
      });
      const notReady = await fetch(`${server.url}/api/health/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({
        ready: false,
        checks: [
          { name: "live state", ready: true },
          { name: "source api", ready: false, reason: "Stat Server unavailable" },
        ],
      });
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { ready: boolean };
      expect(health.ready).toBe(false);
    } finally {
      await server.close();
    }
  });

  it("ends every stream with a shutdown notice and a retry hint when the server closes", async () => {
    const server = await startTestServer();
    const reader = await SseReader.open(`${server.url}/api/stream`);
    await reader.until((events) => events.some((e) => e.event === "hello"));
    await server.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reader.comments).toContain("server shutting down");
    expect(reader.ended).toBe(true);
  });
});
