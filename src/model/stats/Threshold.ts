// zod/mini: this schema is in the app's first load, where the full API would weigh ~25 kB.
import * as z from "zod/mini";
import { NODE_KINDS } from "../hierarchy/NodeKind";
import { FIGURE_NAMES, type FigureName } from "./Figure";

export const THRESHOLD_LEVELS = ["warning", "alarm"] as const;
export type ThresholdLevel = (typeof THRESHOLD_LEVELS)[number];
/** A node's or figure's colour: no threshold crossed, or the worst level crossed. */
export type FigureLevel = "ok" | ThresholdLevel;

/**
 * One user-editable rule: "a CampaignGroup's overdial rate above 0.03 is an alarm".
 * `above`/`below` compare numbers; `is` matches a state name.
 */
export const thresholdSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(NODE_KINDS),
  figure: z.enum(FIGURE_NAMES as [FigureName, ...FigureName[]]),
  op: z.enum(["above", "below", "is"]),
  // Zod 4 numbers are finite: Infinity and NaN are refused.
  value: z.union([z.number(), z.string()]),
  level: z.enum(THRESHOLD_LEVELS),
  enabled: z.boolean(),
});
export type Threshold = z.infer<typeof thresholdSchema>;

export const thresholdListSchema = z.array(thresholdSchema);

/**
 * The defaults. Regulators in the US (FTC) and the UK (Ofcom) cap abandoned calls at 3%, so an
 * overdial rate above 0.03 is an alarm; waiting for agents, records or ports is a warning
 * (the group is loaded but not dialing at full speed), a system error an alarm.
 */
export const DEFAULT_THRESHOLDS: readonly Threshold[] = [
  ...(["campaignGroup", "campaign", "tenant", "root"] as const).map((kind): Threshold => ({
    id: `${kind}-overdial`,
    kind,
    figure: "overdialRate",
    op: "above",
    value: 0.03,
    level: "alarm",
    enabled: true,
  })),
  ...(["WaitingAgents", "WaitingRecords", "WaitingPorts"] as const).map((waiting): Threshold => ({
    id: `campaignGroup-${waiting}`,
    kind: "campaignGroup",
    figure: "waiting",
    op: "is",
    value: waiting,
    level: "warning",
    enabled: true,
  })),
  {
    id: "campaignGroup-SystemError",
    kind: "campaignGroup",
    figure: "waiting",
    op: "is",
    value: "SystemError",
    level: "alarm",
    enabled: true,
  },
  {
    id: "campaign-groups-waiting",
    kind: "campaign",
    figure: "groupsWaiting",
    op: "above",
    value: 0,
    level: "warning",
    enabled: true,
  },
  {
    id: "campaignGroup-busy-factor-low",
    kind: "campaignGroup",
    figure: "busyFactor",
    op: "below",
    value: 0.5,
    level: "warning",
    enabled: true,
  },
  {
    id: "campaign-callbacks-missed",
    kind: "campaign",
    figure: "callbacksMissed",
    op: "above",
    value: 10,
    level: "warning",
    enabled: true,
  },
];
