import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCampaignLens } from "../../../src/node/cli/runCampaignLens";
import { serveArgs } from "../../../src/node/cli/serve";
import { useColour } from "../../../src/node/cli/useColour";
import { userCwd } from "../../../src/node/cli/userCwd";
import { memoryIo } from "./memoryIo";
import { spawnCli } from "./spawnCli";

const ROOT = resolve(__dirname, "../../..");
const ESC = String.fromCharCode(27);
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
).version;
const SMALL = readFileSync(join(ROOT, "public/samples/small-clean.json"));
const MISTAKES = readFileSync(join(ROOT, "public/samples/contact-centre-mistakes.json"));

/** A folder outside the checkout holding the demo files, as a user's would. */
function userFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "lens-user-"));
  writeFileSync(join(dir, "small-clean.json"), SMALL);
  writeFileSync(join(dir, "mistakes.json"), MISTAKES);
  return dir;
}

async function lens(argv: string[]) {
  const { io, out } = memoryIo();
  const code = await runCampaignLens(argv, io);
  return { code, ...out };
}

describe("campaign-lens", () => {
  it("prints the package's version for --version", async () => {
    expect(await lens(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it("lists every subcommand for --help, and exits 2 with the list when given none", async () => {
    const help = await lens(["--help"]);
    expect(help.code).toBe(0);
    for (const name of ["check", "tree", "diff", "generate", "probe", "read-tokens", "serve"]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    }
    const none = await lens([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(help.stdout);
  });

  it.each(["check", "tree", "diff", "generate", "probe", "read-tokens", "serve"])(
    "%s --help prints its usage as campaign-lens <that command>, exit 0",
    async (name) => {
      const { code, stdout, stderr } = await lens([name, "--help"]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^usage: campaign-lens ${name}\\b`));
      expect(stdout).not.toContain("npm ");
      expect((await lens(["help", name])).stdout).toBe(stdout);
    },
  );

  it("an unknown command is exit 2, its name escaped, with the list of commands", async () => {
    const { code, stdout, stderr } = await lens(["chek\u001b[2J"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('campaign-lens: unknown command "chek\\u{1B}[2J"');
    expect(stderr).toContain("usage: campaign-lens <command>");
  });
});

describe("campaign-lens (the built command, spawned)", () => {
  it("reads relative paths from the directory it is run in", async () => {
    const dir = userFolder();
    const { code, stdout, stderr } = await spawnCli("check", ["small-clean.json"], "", {
      cwd: dir,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("small-clean.json (mutagen-json): 1 tenant, 2 campaigns");
  });

  it("run by this package's npm scripts, reads paths from the folder npm was called in (INIT_CWD)", async () => {
    const dir = userFolder();
    const env = { INIT_CWD: dir, npm_package_json: join(ROOT, "package.json") };
    const { code, stdout, stderr } = await spawnCli("tree", ["small-clean.json"], "", { env });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("▣ ");
  });

  it("writes the report to --output, relative to where it is run, and nothing on standard output", async () => {
    const dir = userFolder();
    const { code, stdout, stderr } = await spawnCli(
      "check",
      ["--format", "sarif", "--output", "report.sarif", "mistakes.json"],
      "",
      { cwd: dir },
    );
    expect(stderr).toBe("");
    expect(stdout).toBe("");
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, "report.sarif"), "utf8")) as {
      version: string;
    };
    expect(report.version).toBe("2.1.0");
  });

  it("an --output that cannot be written is exit 2 naming the file", async () => {
    const dir = userFolder();
    const { code, stderr } = await spawnCli(
      "tree",
      ["--output", "missing/tree.txt", "small-clean.json"],
      "",
      { cwd: dir },
    );
    expect(code).toBe(2);
    expect(stderr).toBe("tree: missing/tree.txt: cannot write: no such folder\n");
  });

  it("colours a pipe only with FORCE_COLOR, and never with FORCE_COLOR=0 or NO_COLOR alone", async () => {
    const dir = userFolder();
    const run = (env: Record<string, string>) =>
      spawnCli("check", ["mistakes.json"], "", { cwd: dir, env: { NO_COLOR: "", ...env } });
    expect((await run({ FORCE_COLOR: "1" })).stdout).toContain(`${ESC}[`);
    expect((await run({ FORCE_COLOR: "0" })).stdout).not.toContain(`${ESC}[`);
    expect((await run({ NO_COLOR: "1" })).stdout).not.toContain(`${ESC}[`);
    expect((await run({})).stdout).not.toContain(`${ESC}[`);
  });
});

describe("useColour", () => {
  it("follows FORCE_COLOR first, then NO_COLOR, then whether output is a terminal", () => {
    expect(useColour({}, true)).toBe(true);
    expect(useColour({}, false)).toBe(false);
    expect(useColour({ NO_COLOR: "1" }, true)).toBe(false);
    expect(useColour({ NO_COLOR: "" }, true)).toBe(true);
    expect(useColour({ FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
    expect(useColour({ FORCE_COLOR: "" }, false)).toBe(true);
    expect(useColour({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(useColour({ FORCE_COLOR: "false" }, true)).toBe(false);
  });
});

describe("userCwd", () => {
  it("is INIT_CWD only under this package's own npm scripts", () => {
    const own = { INIT_CWD: "/home/u/configs", npm_package_json: "/opt/lens/package.json" };
    expect(userCwd(own, "/opt/lens", "/opt/lens")).toBe("/home/u/configs");
    const other = { INIT_CWD: "/home/u/site/sub", npm_package_json: "/home/u/site/package.json" };
    expect(userCwd(other, "/home/u/site", "/opt/lens")).toBe("/home/u/site");
    expect(userCwd({}, "/tmp/here", "/opt/lens")).toBe("/tmp/here");
  });
});

describe("serveArgs", () => {
  it("serves the installed package's dist/ and simulates its demo sample when given no configuration", () => {
    const args = serveArgs(["--port", "0"], {}, ROOT);
    expect(args).toContain("--simulate");
    expect(args[args.indexOf("--dist") + 1]).toBe(join(ROOT, "dist"));
    expect(args[args.indexOf("--config") + 1]).toMatch(/samples\/contact-centre-mistakes\.json$/);
    expect(args.slice(-2)).toEqual(["--port", "0"]);
  });

  it("keeps the user's --dist and configuration files as given", () => {
    expect(serveArgs(["--dist", "web", "--config", "a.json"], {}, ROOT)).toEqual([
      "--dist",
      "web",
      "--config",
      "a.json",
    ]);
  });
});
