import { DEFAULT_THRESHOLDS, type Threshold } from "../../../src/model/stats/Threshold";

/**
 * The default thresholds and one rule that certainly fires: every campaign has a count of
 * running groups, so "more than -1 running" puts every campaign in alarm as soon as figures
 * arrive.
 */
export const CAMPAIGNS_IN_ALARM: readonly Threshold[] = [
  ...DEFAULT_THRESHOLDS,
  {
    id: "e2e-campaign-running",
    kind: "campaign",
    figure: "groupsRunning",
    op: "above",
    value: -1,
    level: "alarm",
    enabled: true,
  },
];
