import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../../src/node/cli/check";
import { runDiff } from "../../../src/node/cli/diff";
import { runTree } from "../../../src/node/cli/tree";
import { memoryIo } from "./memoryIo";
import { mutagenSample, spawnCli } from "./spawnCli";

const RAISE = "(--max-input-size or LENS_MAX_INPUT_SIZE raises it)";

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "lens-limit-")), name);
  writeFileSync(path, content);
  return path;
}

/** Standard input that never ends, counting the chunks it was asked for. */
function endlessStdin() {
  const state = { pulled: 0, closed: false };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        state.pulled += 1;
        yield new Uint8Array(16 * 1024).fill(0x20);
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, chunks };
}

describe("input size limit (spawned)", () => {
  it("stops reading /dev/zero at the default 256 MiB limit with exit 2", async () => {
    const { code, stdout, stderr } = await spawnCli("check", ["/dev/zero"]);
    expect(stderr).toBe(`check: /dev/zero: more than the input limit of 256 MiB ${RAISE}\n`);
    expect(code).toBe(2);
    expect(stdout).toBe("");
  }, 60_000);

  it("stops an endless standard input at the limit --max-input-size sets", async () => {
    const { code, stderr } = await spawnCli("tree", ["--max-input-size", "1MiB", "-"], undefined, {
      stdinFrom: "/dev/zero",
    });
    expect(stderr).toBe(`tree: -: more than the input limit of 1 MiB ${RAISE}\n`);
    expect(code).toBe(2);
  });

  it("takes the limit from LENS_MAX_INPUT_SIZE when the flag is absent, and the flag over it", async () => {
    const env = { LENS_MAX_INPUT_SIZE: "64KiB" };
    const fromEnv = await spawnCli("check", ["/dev/zero"], undefined, { env });
    expect(fromEnv.stderr).toBe(`check: /dev/zero: more than the input limit of 64 KiB ${RAISE}\n`);
    expect(fromEnv.code).toBe(2);
    const sample = mutagenSample("campaignGroups-config.json");
    const flagWins = await spawnCli("check", ["--max-input-size", "1MB", sample], undefined, {
      env: { LENS_MAX_INPUT_SIZE: "10" },
    });
    expect(flagWins.stderr).toBe("");
    expect(flagWins.code).toBe(1);
  });
});

describe("input size limit (in process)", () => {
  it("refuses a regular file over the limit at once, with its size", async () => {
    const big = tempFile("big.json", " ".repeat(3 * 1024));
    const { io, out } = memoryIo();
    expect(await runCheck(["--max-input-size", "2KiB", big], io)).toBe(2);
    expect(out.stderr).toBe(`check: ${big}: 3 KiB, more than the input limit of 2 KiB ${RAISE}\n`);
  });

  it("reads a file of exactly the limit, and refuses one byte less", async () => {
    const sample = mutagenSample("campaignGroups-config.json");
    const size = statSync(resolve(__dirname, "../../..", sample)).size;
    const exact = memoryIo();
    expect(await runCheck(["--max-input-size", String(size), sample], exact.io)).toBe(1);
    expect(exact.out.stderr).toBe("");
    expect(exact.out.stdout).toContain("cfgObjectTest");
    const under = memoryIo();
    expect(await runCheck(["--max-input-size", String(size - 1), sample], under.io)).toBe(2);
    expect(under.out.stderr).toBe(
      `check: ${sample}: 2.7 KiB (${size} bytes), ` +
        `more than the input limit of 2.7 KiB (${size - 1} bytes) ${RAISE}\n`,
    );
  });

  it("stops pulling an endless standard input once past the limit, and closes it", async () => {
    const { state, chunks } = endlessStdin();
    const { io, out } = memoryIo(chunks);
    const code = await runDiff(
      ["--max-input-size", "64KiB", "-", "--", mutagenSample("campaignGroups-config.json")],
      io,
    );
    expect(out.stderr).toBe(`diff: -: more than the input limit of 64 KiB ${RAISE}\n`);
    expect(code).toBe(2);
    expect(state.pulled).toBe(5);
    expect(state.closed).toBe(true);
  });

  it("bounds the --conventions file too", async () => {
    const rules = tempFile("conventions.json", `{"conventions": {}}`.padEnd(2048));
    const { io, out } = memoryIo();
    const sample = mutagenSample("campaignGroups-config.json");
    expect(await runCheck(["--conventions", rules, "--max-input-size", "1KiB", sample], io)).toBe(
      2,
    );
    expect(out.stderr).toContain(`check: ${rules}: 2 KiB, more than the input limit of 1 KiB`);
  });

  it.each([
    [
      ["--max-input-size", "12XB"],
      '--max-input-size must be a size such as 512MiB or 1000000, got "12XB"',
    ],
    [
      ["--max-input-size", "0"],
      '--max-input-size must be a size such as 512MiB or 1000000, got "0"',
    ],
    [["--max-input-size", "5GiB"], '--max-input-size must be at most 4 GiB, got "5GiB"'],
  ])("refuses %j as usage, exit 2", async (flags, message) => {
    const { io, out } = memoryIo();
    expect(await runTree([...flags, "-"], io)).toBe(2);
    expect(out.stderr).toContain(`tree: ${message}\n`);
  });

  it("names LENS_MAX_INPUT_SIZE when its value is not a size", async () => {
    const { io, out } = memoryIo("", false, { LENS_MAX_INPUT_SIZE: "lots" });
    expect(await runCheck(["-"], io)).toBe(2);
    expect(out.stderr).toContain(
      'check: LENS_MAX_INPUT_SIZE must be a size such as 512MiB or 1000000, got "lots"',
    );
  });

  it("says so in each command's --help", async () => {
    for (const run of [runCheck, runTree]) {
      const { io, out } = memoryIo();
      expect(await run(["--help"], io)).toBe(0);
      expect(out.stdout).toContain("--max-input-size <size>");
      expect(out.stdout).toContain("default 256MiB, or LENS_MAX_INPUT_SIZE");
    }
  });
});
