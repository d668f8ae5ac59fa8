import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import { RequestPacer } from "../server/statisticsApi/RequestPacer";
import { StatisticsApiClient } from "../server/statisticsApi/StatisticsApiClient";
import {
  StatisticsApiCredentials,
  type StatisticsApiCredentialOptions,
} from "../server/statisticsApi/StatisticsApiCredentials";
import type {
  MappedObjectType,
  StatisticsMapping,
} from "../server/statisticsApi/statisticsMapping";
import { statisticsPlan } from "../server/statisticsApi/statisticsPlan";

/** Stat Server's answer about one (type, id). */
export interface ProbeAnswer {
  readonly objectType: MappedObjectType;
  readonly objectId: string;
  /** The statistic asked (the first predefined one the mapping names for the type). */
  readonly statistic: string;
  readonly known: boolean;
  /** Stat Server's reason when it refused. */
  readonly reason: string | null;
}

const BATCH = 500;

/**
 * Asks Stat Server, through get-statistic-ex (current values, no subscription), about every
 * object of the hierarchy the mapping has a predefined statistic for: one statistic each, so
 * that a refusal speaks of the object.
 */
export async function probeStatServer(
  hierarchy: Hierarchy,
  mapping: StatisticsMapping,
  baseUrl: string,
  credentialOptions: StatisticsApiCredentialOptions,
): Promise<ProbeAnswer[]> {
  const asks: { objectType: MappedObjectType; objectId: string; name: string }[] = [];
  for (const object of statisticsPlan(hierarchy, mapping)) {
    const named = object.statistics.find((s) => "name" in s.statistic);
    if (named && "name" in named.statistic) {
      asks.push({
        objectType: object.objectType,
        objectId: object.objectId,
        name: named.statistic.name,
      });
    }
  }
  const credentials = new StatisticsApiCredentials(credentialOptions);
  await credentials.start();
  const client = new StatisticsApiClient({
    baseUrl,
    credentials,
    pacer: new RequestPacer(20),
    maxAttempts: 4,
  });
  const answers: ProbeAnswer[] = [];
  try {
    for (let start = 0; start < asks.length; start += BATCH) {
      const batch = asks.slice(start, start + BATCH);
      const { refusals } = await client.getStatisticEx(batch.map((a) => ({ ...a })));
      const reasons = new Map<string, string>();
      for (const r of refusals) reasons.set(`${r.objectType}\u0000${r.objectId}`, r.message);
      for (const ask of batch) {
        const reason = reasons.get(`${ask.objectType}\u0000${ask.objectId}`) ?? null;
        answers.push({
          objectType: ask.objectType,
          objectId: ask.objectId,
          statistic: ask.name,
          known: reason === null,
          reason,
        });
      }
    }
  } finally {
    credentials.close();
  }
  return answers;
}
