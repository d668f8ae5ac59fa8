import { writeFile } from "node:fs/promises";
import {
  GENERATOR_FORMATS,
  generateConfig,
  MAX_GENERATED_OBJECTS,
} from "../../model/generate/generateConfig";
import type { CliIo } from "./CliIo";
import { oneOf, parseCliArgs, UsageError } from "./UsageError";

const GENERATE_USAGE = `usage: campaign-lens generate --objects N --seed S [options]
  --objects N        about how many configuration objects in all, 10 to ${MAX_GENERATED_OBJECTS}
  --seed S           an integer; the same seed gives the same configuration
  --defects R        rate of planted defects, 0 to 1 (default 0)
  --format F         ${GENERATOR_FORMATS.join(" | ")} (default mutagen-json)
  --manifest <path>  write the findings the planted defects must produce, as JSON
  --out <path>       write the configuration there instead of standard output (or --output)`;

function integer(flag: string, text: string | undefined): number {
  if (text === undefined) throw new UsageError(`${flag} is required`);
  if (!/^-?\d+$/.test(text)) throw new UsageError(`${flag} must be an integer, got "${text}"`);
  return Number(text);
}

function parseGenerateArgs(argv: readonly string[]) {
  const parsed = parseCliArgs({
    strict: true,
    args: [...argv],
    allowPositionals: false,
    options: {
      objects: { type: "string" },
      seed: { type: "string" },
      defects: { type: "string", default: "0" },
      format: { type: "string", default: "mutagen-json" },
      manifest: { type: "string" },
      out: { type: "string" },
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const { values } = parsed;
  if (values.help) return null;
  const defects = Number(values.defects);
  if (values.defects.trim() === "" || !(defects >= 0 && defects <= 1)) {
    throw new UsageError(`--defects must be a number from 0 to 1, got "${values.defects}"`);
  }
  const format = oneOf("--format", values.format, GENERATOR_FORMATS);
  const objects = integer("--objects", values.objects);
  if (objects < 10) throw new UsageError(`--objects must be at least 10, got ${objects}`);
  if (objects > MAX_GENERATED_OBJECTS) {
    throw new UsageError(
      `--objects must be at most ${MAX_GENERATED_OBJECTS}, got ${values.objects ?? ""}`,
    );
  }
  return {
    objects,
    seed: integer("--seed", values.seed),
    defects,
    format,
    manifest: values.manifest ?? null,
    out: values.out ?? values.output ?? null,
  };
}

/** `campaign-lens generate --objects N --seed S`: a realistic configuration for tests and demos. */
export async function runGenerate(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseGenerateArgs(argv);
    if (args === null) {
      io.stdout(`${GENERATE_USAGE}\n`);
      return 0;
    }
    const { text, manifest } = generateConfig(args);
    if (args.out === null) io.stdout(text);
    else await writeFile(args.out, text);
    if (args.manifest !== null) {
      await writeFile(args.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`generate: ${error.message}\n${GENERATE_USAGE}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code.startsWith("E")) {
      io.stderr(`generate: cannot write: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
