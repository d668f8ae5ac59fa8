import { CONFIG_KINDS } from "../config/kinds";
import type { ConfigKind } from "../config/kinds";
import { buildScenario } from "./buildScenario";
import { createRandom } from "../random/createRandom";
import type { GenConfig, ManifestFinding } from "./GeneratedConfig";
import { NameRegistry } from "./NameRegistry";
import { plantDefects } from "./plantDefects";
import { writeMutagenJson } from "./writeMutagenJson";
import { writeMutagenRaw } from "./writeMutagenRaw";
import { writePsdkXml } from "./writePsdkXml";

export const GENERATOR_FORMATS = ["mutagen-json", "mutagen-raw", "xml"] as const;
export type GeneratorFormat = (typeof GENERATOR_FORMATS)[number];

/**
 * The most objects asked for: a million written as XML (the largest format) fill most of
 * Node's default heap, and two million exhaust it.
 */
export const MAX_GENERATED_OBJECTS = 1_000_000;

interface GenerateOptions {
  /** About how many configuration objects in all (within a few percent). */
  readonly objects: number;
  readonly seed: number;
  /** 0..1: the probability that a campaign object carries a defect. Default 0. */
  readonly defects?: number;
  /** Default `mutagen-json`. */
  readonly format?: GeneratorFormat;
}

interface GeneratedManifest {
  readonly format: GeneratorFormat;
  readonly seed: number;
  readonly defects: number;
  /** Objects per kind, as the model will count them after loading. */
  readonly counts: Readonly<Record<ConfigKind, number>>;
  /** Findings the planted defects must produce (others may come along with them). */
  readonly findings: readonly ManifestFinding[];
}

interface GeneratedConfig {
  readonly text: string;
  readonly manifest: GeneratedManifest;
}

const WRITERS: Record<GeneratorFormat, (config: GenConfig) => string> = {
  "mutagen-json": writeMutagenJson,
  "mutagen-raw": writeMutagenRaw,
  xml: writePsdkXml,
};

/**
 * A realistic configuration (several tenants, shared lists and groups, agents with employee
 * IDs, names in several scripts) with defects planted at the given rate, and the findings
 * they must produce. The same options always give the same text.
 */
export function generateConfig(options: GenerateOptions): GeneratedConfig {
  const { objects, seed } = options;
  const defects = options.defects ?? 0;
  const format = options.format ?? "mutagen-json";
  if (!Number.isInteger(objects) || objects < 10 || objects > MAX_GENERATED_OBJECTS) {
    throw new RangeError(
      `objects must be an integer from 10 to ${MAX_GENERATED_OBJECTS}, got ${objects}`,
    );
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!(defects >= 0 && defects <= 1)) {
    throw new RangeError(`defects must be a rate between 0 and 1, got ${defects}`);
  }
  if (!GENERATOR_FORMATS.includes(format)) {
    throw new RangeError(`format must be one of ${GENERATOR_FORMATS.join(", ")}, got ${format}`);
  }
  const random = createRandom(seed);
  const registry = new NameRegistry();
  const config = buildScenario(objects, random, registry);
  const findings = plantDefects(
    config,
    { rate: defects, listsAreObjects: format !== "mutagen-json" },
    random,
    registry,
  );
  return {
    text: WRITERS[format](config),
    manifest: { format, seed, defects, counts: countObjects(config, format), findings },
  };
}

function countObjects(config: GenConfig, format: GeneratorFormat): Record<ConfigKind, number> {
  const counts = Object.fromEntries(CONFIG_KINDS.map((k) => [k, 0])) as Record<ConfigKind, number>;
  counts.tenant = config.tenants.length;
  counts.campaign = config.campaigns.length;
  counts.campaignGroup = config.campaignGroups.length;
  // mutagen JSON names only the lists that campaigns use; the model knows no others.
  counts.callingList =
    format === "mutagen-json"
      ? new Set(config.campaigns.flatMap((c) => c.lists.map((e) => e.list))).size
      : config.callingLists.length;
  counts.agentGroup = config.agentGroups.length;
  counts.placeGroup = config.placeGroups.length;
  counts.person = config.persons.length;
  counts.place = config.places.length;
  return counts;
}
