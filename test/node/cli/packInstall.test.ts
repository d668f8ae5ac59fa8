import { execFile, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "../../..");

/**
 * What a user's machine has: Node and the folder the command was installed into, nothing
 * of this checkout (no node_modules, no npm variables pointing here).
 */
function machineEnv(bin: string): NodeJS.ProcessEnv {
  return {
    PATH: [bin, dirname(process.execPath)].join(":"),
    HOME: tmpdir(),
    NO_COLOR: "1",
  };
}

describe("npm pack, installed offline into an empty prefix", () => {
  const work = mkdtempSync(join(tmpdir(), "lens-pack-"));
  const prefix = join(work, "prefix");
  const bin = join(prefix, "bin");
  const user = join(work, "user");
  const children: ReturnType<typeof spawn>[] = [];

  beforeAll(async () => {
    // npm pack runs the prepack script: the app and the command are built into the tarball.
    const { stdout } = await run("npm", ["pack", "--silent", "--pack-destination", work], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const tarball = join(work, stdout.trim().split("\n").at(-1)!);
    // An unreachable registry and an empty cache: whatever the tarball lacks, the install fails on.
    await run(
      "npm",
      [
        "install",
        "--global",
        "--prefix",
        prefix,
        "--cache",
        join(work, "cache"),
        "--offline",
        "--registry",
        "http://127.0.0.1:9/",
        "--no-audit",
        "--no-fund",
        tarball,
      ],
      { cwd: work },
    );
    mkdirSync(user);
    writeFileSync(
      join(user, "site.json"),
      readFileSync(join(ROOT, "public/samples/contact-centre-mistakes.json")),
    );
  }, 180_000);

  afterAll(() => {
    for (const child of children) child.kill();
  });

  it("installs a campaign-lens command that needs no node_modules", () => {
    expect(existsSync(join(bin, "campaign-lens"))).toBe(true);
    const installed = join(prefix, "lib", "node_modules", "campaign-lens");
    expect(readdirSync(installed).sort()).toEqual([
      "README.md",
      "dist",
      "dist-cli",
      "package.json",
    ]);
  });

  it("runs check from the user's folder with only Node on the PATH", async () => {
    const result = await run("campaign-lens", ["check", "--fail-on", "never", "site.json"], {
      cwd: user,
      env: machineEnv(bin),
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^site\.json \(mutagen-json\): /);
    expect(result.stdout).toContain("error group-name-mismatch");
    const version = await run("campaign-lens", ["--version"], { env: machineEnv(bin) });
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });

  it("serves the built app and the demo configuration from the installed package", async () => {
    const child = spawn(join(bin, "campaign-lens"), ["serve", "--port", "0"], {
      cwd: user,
      env: machineEnv(bin),
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    const address = await new Promise<string>((found, fail) => {
      let seen = "";
      child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
        seen += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(seen);
        if (match) found(match[1]!);
      });
      child.on("exit", (code) => fail(new Error(`serve exited with ${code}: ${seen}`)));
    });
    const page = await fetch(`${address}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Campaign Lens</title>");
    const config = await fetch(`${address}/api/config/0/contact-centre-mistakes.json`);
    expect(config.status).toBe(200);
    child.kill();
  });
});
