import {
  newReadToken,
  ReadTokenFileError,
  readTokenFile,
  writeTokenFile,
} from "../server/auth/ReadTokenFile";
import type { CliIo } from "./CliIo";
import { parseCliArgs, UsageError } from "./UsageError";

const READ_TOKENS_USAGE = `usage: campaign-lens read-tokens <command> --file <tokens file> [options]
  issue --label <text> (--tenants <a,b,...> | --all-tenants) [--days N]
                     issue a token for a wall screen: printed once, only its hash is kept
  revoke <id>        revoke a token: the server ends its sessions within seconds
  list               list the tokens issued (id, label, tenants, issued, expires)
  --file <path>      the read tokens file the server's settings name (created if missing)`;

const COMMANDS = ["issue", "revoke", "list"] as const;

/** `read-tokens`: issues, revokes and lists the read tokens wall screens sign in with. */
export async function runReadTokens(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseCliArgs({
      strict: true,
      args: [...argv],
      allowPositionals: true,
      options: {
        file: { type: "string" },
        label: { type: "string" },
        tenants: { type: "string" },
        "all-tenants": { type: "boolean", default: false },
        days: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) {
      io.stdout(`${READ_TOKENS_USAGE}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command === undefined || !(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(`the command must be one of ${COMMANDS.join(", ")}`);
    }
    if (values.file === undefined) throw new UsageError("--file is required");
    const file = values.file;
    const entries = await readTokenFile(file);
    if (command === "list") {
      if (rest.length > 0) throw new UsageError("list takes no arguments");
      for (const entry of entries) {
        const tenants = entry.tenants === "*" ? "all tenants" : entry.tenants.join(", ");
        io.stdout(
          `${entry.id}\t${JSON.stringify(entry.label)}\t${tenants}\tissued ${entry.issuedAt}\t` +
            `${entry.expiresAt === null ? "never expires" : `expires ${entry.expiresAt}`}\n`,
        );
      }
      if (entries.length === 0) io.stdout("no read tokens issued\n");
      return 0;
    }
    if (command === "revoke") {
      const [id, ...extra] = rest;
      if (id === undefined || extra.length > 0) throw new UsageError("revoke takes one token id");
      if (!entries.some((entry) => entry.id === id)) {
        io.stderr(`read-tokens: no token ${JSON.stringify(id)} in ${file}\n`);
        return 1;
      }
      await writeTokenFile(
        file,
        entries.filter((entry) => entry.id !== id),
      );
      io.stdout(`revoked ${id}\n`);
      return 0;
    }
    if (rest.length > 0) throw new UsageError("issue takes no arguments besides its options");
    const label = values.label?.trim();
    if (!label) throw new UsageError("--label is required: say which screen the token is for");
    if ([...label].some((c) => c.charCodeAt(0) < 0x20 || c === "\u007f") || label.length > 200) {
      throw new UsageError("--label must be one line of at most 200 characters");
    }
    const listed = (values.tenants ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== "");
    if (values["all-tenants"] === listed.length > 0) {
      throw new UsageError("give either --tenants <a,b,...> or --all-tenants");
    }
    let expiresAt: Date | null = null;
    if (values.days !== undefined) {
      if (!/^\d+$/.test(values.days) || Number(values.days) < 1 || Number(values.days) > 3650) {
        throw new UsageError(`--days must be an integer from 1 to 3650, got "${values.days}"`);
      }
      expiresAt = new Date(Date.now() + Number(values.days) * 86_400_000);
    }
    const { token, entry } = newReadToken(label, values["all-tenants"] ? "*" : listed, expiresAt);
    await writeTokenFile(file, [...entries, entry]);
    io.stdout(
      `issued ${entry.id}: shown once, keep it only in the screen's link\n` +
        `token: ${token}\n` +
        `open:  <public address>/?read_token=${token}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`read-tokens: ${error.message}\n${READ_TOKENS_USAGE}\n`);
      return 2;
    }
    if (error instanceof ReadTokenFileError) {
      io.stderr(`read-tokens: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code.startsWith("E")) {
      io.stderr(`read-tokens: cannot write: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
