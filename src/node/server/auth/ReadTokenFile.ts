import { createHash, randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import * as z from "zod";
import { formatJsonPath } from "../../../model/import/formatJsonPath";

/** One issued read token as the file keeps it: its hash, never the token. */
export interface ReadTokenEntry {
  readonly id: string;
  readonly label: string;
  /** The tenants it shows, or "*" for every tenant. */
  readonly tenants: readonly string[] | "*";
  /** SHA-256 of the token, base64url: the token is random enough that no slow hash is needed. */
  readonly hash: string;
  readonly issuedAt: string;
  readonly expiresAt: string | null;
}

const entrySchema = z.strictObject({
  id: z.string().regex(/^rt_[0-9a-f]{8,32}$/),
  label: z.string().max(200),
  tenants: z.union([z.literal("*"), z.array(z.string().min(1)).min(1)]),
  hash: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
});

const fileSchema = z.strictObject({ version: z.literal(1), tokens: z.array(entrySchema) });

export class ReadTokenFileError extends Error {
  override readonly name = "ReadTokenFileError";
}

/** The prefix makes a leaked token recognisable in logs and by secret scanners. */
const TOKEN_PREFIX = "clr_";

export function hashReadToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}

/** A new token (256 random bits) and the entry that records it. */
export function newReadToken(
  label: string,
  tenants: readonly string[] | "*",
  expiresAt: Date | null,
  now = new Date(),
): { token: string; entry: ReadTokenEntry } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return {
    token,
    entry: {
      id: `rt_${randomBytes(6).toString("hex")}`,
      label,
      tenants,
      hash: hashReadToken(token),
      issuedAt: now.toISOString(),
      expiresAt: expiresAt?.toISOString() ?? null,
    },
  };
}

/** The entries of a tokens file; a file that does not exist holds none. */
export async function readTokenFile(path: string): Promise<ReadTokenEntry[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new ReadTokenFileError(`${path}: cannot read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReadTokenFileError(`${path}: not JSON: ${(error as Error).message}`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${formatJsonPath(issue.path) || "(top)"}: ${issue.message}`);
    throw new ReadTokenFileError(`${path}: not a read tokens file: ${problems.join("; ")}`);
  }
  return parsed.data.tokens;
}

/** Replaces the file whole (written beside it, then renamed), readable by its owner only. */
export async function writeTokenFile(
  path: string,
  entries: readonly ReadTokenEntry[],
): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: 1, tokens: entries }, null, 2)}\n`, {
    mode: 0o600,
  });
  await rename(temporary, path);
}
