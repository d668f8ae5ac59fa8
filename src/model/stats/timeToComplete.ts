import type { RecordCounts } from "./NodeFigures";

/**
 * Stat Server's EstimTimeToComplete: records ready ÷ the rate they are consumed at, in
 * seconds. Null when nothing is being consumed (the estimate would be infinite).
 */
export function timeToComplete(records: RecordCounts | null): number | null {
  if (records === null || records.consumptionRate <= 0) return null;
  return (records.ready / records.consumptionRate) * 3600;
}
