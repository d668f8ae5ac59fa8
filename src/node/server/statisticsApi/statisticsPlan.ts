import { asNodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { nodeStatKey } from "../../../model/stats/nodeStatKey";
import { splitStatKey, type StatKey } from "../../../model/stats/StatKey";
import type { MappedObjectType, StatServerStatistic, StatisticsMapping } from "./statisticsMapping";

/** One statistic to open: which object, which of our figures, and what Stat Server calls it. */
export interface PlannedStatistic {
  /** Unique within the plan; sent as the API's statisticId. */
  readonly statisticId: string;
  readonly objectType: MappedObjectType;
  readonly objectId: string;
  readonly figure: string;
  readonly statistic: StatServerStatistic;
}

/** The statistics of one object, opened together so that one answer judges the object. */
export interface PlannedObject {
  readonly objectType: MappedObjectType;
  readonly objectId: string;
  readonly statistics: readonly PlannedStatistic[];
}

/**
 * Every (type, Stat Server id) of the hierarchy that the mapping has figures for, once each
 * (a calling list shared by several campaigns appears once), in tree order.
 */
export function statisticsPlan(hierarchy: Hierarchy, mapping: StatisticsMapping): PlannedObject[] {
  const seen = new Set<StatKey>();
  const objects: PlannedObject[] = [];
  let next = 0;
  for (let n = 0; n < hierarchy.size; n++) {
    const key = nodeStatKey(hierarchy, asNodeId(n));
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const { objectType, objectId: statId } = splitStatKey(key);
    if (objectType === "Tenant") continue;
    const figures = mapping.get(objectType);
    if (!figures || figures.size === 0) continue;
    const statistics: PlannedStatistic[] = [];
    for (const [figure, statistic] of figures) {
      next += 1;
      statistics.push({
        statisticId: next.toString(36),
        objectType,
        objectId: statId,
        figure,
        statistic,
      });
    }
    objects.push({ objectType, objectId: statId, statistics });
  }
  return objects;
}

/** Objects grouped into batches of at most `size` statistics (an object is never split). */
export function batchPlan(objects: readonly PlannedObject[], size: number): PlannedObject[][] {
  const batches: PlannedObject[][] = [];
  let batch: PlannedObject[] = [];
  let count = 0;
  for (const object of objects) {
    if (count > 0 && count + object.statistics.length > size) {
      batches.push(batch);
      batch = [];
      count = 0;
    }
    batch.push(object);
    count += object.statistics.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
