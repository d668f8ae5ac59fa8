import { describe, expect, it } from "vitest";
import { parseServerArgs, ServerArgsError } from "../../src/node/server/parseServerArgs";

describe("parseServerArgs", () => {
  it("listens on 127.0.0.1:8080 with nothing to load by default", () => {
    expect(parseServerArgs([], {})).toMatchObject({
      host: "127.0.0.1",
      port: 8080,
      configFiles: [],
      simulate: false,
      secret: null,
      token: null,
    });
  });

  it("takes PORT, HOST, OCS_SECRET and STATS_TOKEN from the environment, flags winning", () => {
    const env = {
      PORT: "9000",
      HOST: "0.0.0.0",
      OCS_SECRET: "env-secret-1-long-enough",
      STATS_TOKEN: "env-token-1-long-enough",
      SERVER_SETTINGS: "settings.json",
    };
    expect(parseServerArgs([], env)).toMatchObject({
      host: "0.0.0.0",
      settingsFile: "settings.json",
      port: 9000,
      secret: "env-secret-1-long-enough",
      token: "env-token-1-long-enough",
    });
    expect(
      parseServerArgs(["--port", "9100", "--secret", "flag-secret-long-enough"], env),
    ).toMatchObject({
      port: 9100,
      secret: "flag-secret-long-enough",
    });
  });

  it("refuses an address other machines reach without settings to sign readers in", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "lens.example.com"]) {
      expect(() => parseServerArgs(["--host", host], {})).toThrow(
        new RegExp(`refusing --host ${host.replace(/\./g, "\\.")} without sign-in`),
      );
      expect(parseServerArgs(["--host", host, "--settings", "s.json"], {})).toMatchObject({
        host,
        settingsFile: "s.json",
      });
    }
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "localhost", "LOCALHOST"]) {
      expect(parseServerArgs(["--host", host], {})).toMatchObject({ host, settingsFile: null });
    }
  });

  it("reads several files after --config and --simulate", () => {
    expect(parseServerArgs(["--simulate", "--config", "a.json", "b.xml"], {})).toMatchObject({
      simulate: true,
      configFiles: ["a.json", "b.xml"],
    });
  });

  it("refuses a port that is not a number, and a secret too short to be one", () => {
    expect(() => parseServerArgs(["--port", "http"], {})).toThrow(
      new ServerArgsError('--port must be an integer from 0 to 65535, got "http"'),
    );
    expect(() => parseServerArgs(["--secret", "abc"], {})).toThrow(/at least 16 characters/);
    expect(() => parseServerArgs(["--bogus"], {})).toThrow(ServerArgsError);
  });

  it("keeps the live state in memory unless --redis or REDIS_URL names a redis:// URL", () => {
    expect(parseServerArgs([], {}).redisUrl).toBeNull();
    expect(parseServerArgs([], { REDIS_URL: "redis://cache:6379" }).redisUrl).toBe(
      "redis://cache:6379",
    );
    expect(
      parseServerArgs(["--redis", "rediss://u:p@cache:6380/2"], { REDIS_URL: "redis://x" })
        .redisUrl,
    ).toBe("rediss://u:p@cache:6380/2");
    expect(() => parseServerArgs(["--redis", "cache:6379"], {})).toThrow(
      /--redis must be a redis:\/\/ or rediss:\/\/ URL/,
    );
  });
});
