import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  parseServerSettings,
  readServerSettings,
  ServerSettingsError,
} from "../../src/node/server/auth/ServerSettings";
import { tenantsOfClaims } from "../../src/node/server/auth/tenantsOfClaims";

const parse = (settings: unknown, env: NodeJS.ProcessEnv = {}) =>
  parseServerSettings(JSON.stringify(settings), "settings.json", "/etc/lens", env);

describe("server settings", () => {
  it("reads the shipped sample, the client secret from the environment it names", async () => {
    const settings = await readServerSettings("docs/server-settings.sample.json", {
      OIDC_CLIENT_SECRET: "from-the-environment",
    });
    expect(settings.secureCookies).toBe(true);
    expect(settings.sessionMs).toBe(480 * 60_000);
    expect(settings.oidc?.clientSecret).toBe("from-the-environment");
    expect(settings.oidc?.redirectUrl.href).toBe("https://lens.example.com/auth/callback");
    expect(settings.readTokensFile).toMatch(/docs[\\/]read-tokens\.json$/);
    expect(settings.tenants?.map.get("cc-operations")).toBe("*");
    expect(JSON.parse(await readFile("docs/server-settings.sample.json", "utf8"))).toHaveProperty(
      "oidc.clientSecretEnv",
      "OIDC_CLIENT_SECRET",
    );
  });

  it("names the JSON path of each mistake", () => {
    const cases: [unknown, RegExp][] = [
      [{ publicUrl: "lens", readTokensFile: "t.json" }, /publicUrl: must be an absolute URL/],
      [
        { publicUrl: "http://lens.example.com", readTokensFile: "t.json" },
        /publicUrl: must be https:\/\/ \(http:\/\/ only on loopback\)/,
      ],
      [{ publicUrl: "https://lens.example.com" }, /needs a way to sign in/],
      [
        {
          publicUrl: "https://lens.example.com",
          oidc: { issuer: "http://idp.example.com", clientId: "c" },
        },
        /oidc\.issuer: must be https/,
      ],
      [
        {
          publicUrl: "https://lens.example.com",
          readTokensFile: "t.json",
          tenants: { claim: "groups", map: { a: [] } },
        },
        /tenants\.map\.a/,
      ],
      [
        { publicUrl: "https://lens.example.com", readTokensFile: "t.json", sessionMinutes: 0 },
        /sessionMinutes/,
      ],
      [{ publicUrl: "https://lens.example.com", readTokensFile: "t.json", extra: 1 }, /extra/],
    ];
    for (const [settings, message] of cases) {
      expect(() => parse(settings)).toThrow(message);
    }
    expect(() => parseServerSettings("{", "s.json", "/", {})).toThrow(/s\.json: not JSON/);
  });

  it("refuses a client secret variable that is not set, and OIDC without the openid scope", () => {
    const oidc = { issuer: "https://idp.example.com", clientId: "c", clientSecretEnv: "SECRET" };
    expect(() => parse({ publicUrl: "https://l.example.com", oidc })).toThrow(
      new ServerSettingsError(
        "settings.json: oidc.clientSecretEnv: the environment variable SECRET is not set",
      ),
    );
    expect(parse({ publicUrl: "https://l.example.com", oidc }, { SECRET: "s" }).oidc).toMatchObject(
      { clientSecret: "s" },
    );
    expect(() =>
      parse(
        { publicUrl: "https://l.example.com", oidc: { ...oidc, scopes: ["profile"] } },
        { SECRET: "s" },
      ),
    ).toThrow(/must include "openid"/);
  });

  it("maps claim values to tenants, a string or an array, own keys only", () => {
    const mapping = {
      claim: "groups",
      map: new Map<string, readonly string[] | "*">([
        ["sales", ["Sales"]],
        ["collections", ["Collections", "Sales"]],
        ["ops", "*"],
      ]),
    };
    expect(tenantsOfClaims(mapping, { groups: "sales" })).toEqual(["Sales"]);
    expect(tenantsOfClaims(mapping, { groups: ["collections", "sales", 7] })).toEqual([
      "Collections",
      "Sales",
    ]);
    expect(tenantsOfClaims(mapping, { groups: ["x", "ops"] })).toBe("*");
    expect(tenantsOfClaims(mapping, { groups: "constructor" })).toEqual([]);
    expect(tenantsOfClaims(mapping, {})).toEqual([]);
    expect(
      tenantsOfClaims(mapping, Object.create({ groups: "ops" }) as Record<string, unknown>),
    ).toEqual([]);
    expect(tenantsOfClaims(null, {})).toBe("*");
  });
});
