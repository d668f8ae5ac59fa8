import { readFile } from "node:fs/promises";
import * as z from "zod";
import { STATISTIC } from "../../../model/stats/Statistic";
import type { StatObjectType } from "../../../model/stats/StatObjectType";
import defaultMapping from "./defaultStatisticsMapping.json";

/** The object types that have a Stat Server id and so can have statistics opened. */
export const MAPPED_OBJECT_TYPES = [
  "Campaign",
  "CampaignGroup",
  "CampaignCallingList",
  "CallingList",
  "GroupAgents",
  "GroupPlaces",
  "Agent",
  "Place",
] as const satisfies readonly StatObjectType[];
export type MappedObjectType = (typeof MAPPED_OBJECT_TYPES)[number];

/** A Stat Server statistic: a predefined name, or a definition the Statistics API forwards. */
export type StatServerStatistic =
  { readonly name: string } | { readonly definition: Readonly<Record<string, unknown>> };

/** Per object type, from each figure we show (a STATISTIC name) to the statistic that feeds it. */
export type StatisticsMapping = ReadonlyMap<
  MappedObjectType,
  ReadonlyMap<string, StatServerStatistic>
>;

const FIGURES = Object.values(STATISTIC).filter((name) => !name.startsWith("$")) as [
  string,
  ...string[],
];

const statisticSchema = z.union([
  z.strictObject({ name: z.string().min(1).max(256) }),
  z.strictObject({ definition: z.record(z.string(), z.unknown()) }),
]);

const mappingSchema = z.partialRecord(
  z.enum(MAPPED_OBJECT_TYPES),
  z.partialRecord(z.enum(FIGURES), statisticSchema),
);

export class StatisticsMappingError extends Error {
  override readonly name = "StatisticsMappingError";
}

/** Parses a mapping file's text; the error names the file and the JSON path of each problem. */
export function parseStatisticsMapping(text: string, origin: string): StatisticsMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StatisticsMappingError(`${origin}: not JSON: ${(error as Error).message}`);
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join(".") || "(top)"}: ${issue.message}`);
    throw new StatisticsMappingError(`${origin}: not a statistics mapping: ${problems.join("; ")}`);
  }
  const mapping = new Map<MappedObjectType, Map<string, StatServerStatistic>>();
  for (const type of MAPPED_OBJECT_TYPES) {
    const figures = parsed.data[type];
    if (!figures) continue;
    mapping.set(type, new Map(Object.entries(figures) as [string, StatServerStatistic][]));
  }
  return mapping;
}

export const DEFAULT_STATISTICS_MAPPING: StatisticsMapping = parseStatisticsMapping(
  JSON.stringify(defaultMapping),
  "the default statistics mapping",
);

/** The mapping in `path`, or the default one when no path is given. */
export async function readStatisticsMapping(path: string | null): Promise<StatisticsMapping> {
  if (path === null) return DEFAULT_STATISTICS_MAPPING;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new StatisticsMappingError(`${path}: cannot read: ${(error as Error).message}`);
  }
  return parseStatisticsMapping(text, path);
}
