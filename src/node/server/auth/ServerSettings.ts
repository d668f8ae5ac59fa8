import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import * as z from "zod";
import { formatJsonPath } from "../../../model/import/formatJsonPath";
import { isLoopbackHost } from "./isLoopbackHost";

/** How the server signs readers in and what each may see, from `--settings <file>`. */
export interface ServerSettings {
  /** The address browsers use (behind a TLS proxy, its https:// address). */
  readonly publicUrl: URL;
  /** Cookies are Secure when the public address is https. */
  readonly secureCookies: boolean;
  readonly sessionMs: number;
  readonly oidc: OidcSettings | null;
  /** Where a claim value maps to tenants; null: every signed-in reader sees every tenant. */
  readonly tenants: TenantMapping | null;
  /** The read tokens file (absolute), or null when wall screens have no tokens. */
  readonly readTokensFile: string | null;
}

export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  /** Null for a public client (PKCE alone). */
  readonly clientSecret: string | null;
  readonly redirectUrl: URL;
  readonly scopes: readonly string[];
}

export interface TenantMapping {
  /** The ID token or userinfo claim read (a string or an array of strings). */
  readonly claim: string;
  /** Claim value to tenant names; "*" allows every tenant. */
  readonly map: ReadonlyMap<string, readonly string[] | "*">;
}

export class ServerSettingsError extends Error {
  override readonly name = "ServerSettingsError";
}

const httpUrl = z
  .string()
  .refine((text) => URL.canParse(text), "must be an absolute URL")
  .transform((text) => new URL(text))
  .refine((url) => url.protocol === "https:" || url.protocol === "http:", "must be http(s)")
  .refine(
    (url) => url.protocol === "https:" || isLoopbackHost(url.hostname),
    "must be https:// (http:// only on loopback)",
  );

const settingsSchema = z
  .strictObject({
    publicUrl: httpUrl,
    sessionMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30)
      .default(480),
    oidc: z
      .strictObject({
        issuer: httpUrl,
        clientId: z.string().min(1).max(512),
        clientSecretEnv: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable's name")
          .optional(),
        redirectUrl: httpUrl.optional(),
        scopes: z
          .array(z.string().regex(/^[\x21-\x7e]+$/))
          .min(1)
          .optional(),
      })
      .optional(),
    tenants: z
      .strictObject({
        claim: z.string().min(1).max(256),
        map: z.record(z.string(), z.union([z.literal("*"), z.array(z.string().min(1)).min(1)])),
      })
      .optional(),
    readTokensFile: z.string().min(1).optional(),
  })
  .refine((s) => s.oidc !== undefined || s.readTokensFile !== undefined, {
    message: "needs a way to sign in: oidc, readTokensFile, or both",
  });

/** Parses a settings file's text; `dir` resolves relative paths in it, `env` holds secrets. */
export function parseServerSettings(
  text: string,
  origin: string,
  dir: string,
  env: NodeJS.ProcessEnv,
): ServerSettings {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ServerSettingsError(`${origin}: not JSON: ${(error as Error).message}`);
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${formatJsonPath(issue.path) || "(top)"}: ${issue.message}`);
    throw new ServerSettingsError(`${origin}: ${problems.join("; ")}`);
  }
  const data = parsed.data;
  let oidc: OidcSettings | null = null;
  if (data.oidc) {
    const secretEnv = data.oidc.clientSecretEnv;
    const clientSecret = secretEnv === undefined ? null : (env[secretEnv] ?? "");
    if (clientSecret === "") {
      throw new ServerSettingsError(
        `${origin}: oidc.clientSecretEnv: the environment variable ${secretEnv} is not set`,
      );
    }
    oidc = {
      issuer: data.oidc.issuer,
      clientId: data.oidc.clientId,
      clientSecret,
      redirectUrl: data.oidc.redirectUrl ?? new URL("/auth/callback", data.publicUrl),
      scopes: data.oidc.scopes ?? ["openid", "profile", "email"],
    };
    if (!oidc.scopes.includes("openid")) {
      throw new ServerSettingsError(`${origin}: oidc.scopes: must include "openid"`);
    }
  }
  return {
    publicUrl: data.publicUrl,
    secureCookies: data.publicUrl.protocol === "https:",
    sessionMs: data.sessionMinutes * 60_000,
    oidc,
    tenants: data.tenants
      ? { claim: data.tenants.claim, map: new Map(Object.entries(data.tenants.map)) }
      : null,
    readTokensFile: data.readTokensFile === undefined ? null : resolve(dir, data.readTokensFile),
  };
}

export async function readServerSettings(
  path: string,
  env: NodeJS.ProcessEnv,
): Promise<ServerSettings> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ServerSettingsError(`${path}: cannot read: ${(error as Error).message}`);
  }
  return parseServerSettings(text, path, dirname(resolve(path)), env);
}
