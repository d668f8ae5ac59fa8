import * as z from "zod";
import { DIAL_MODE, parseEnum, type DialMode } from "../../model/config/enums";
import type { GroupStatus } from "../../model/stats/GroupStatus";

const name = z.string().min(1).max(1024);
const optionalText = z.string().max(1024).nullable().optional();
const fraction = z.number().nonnegative().finite().nullable().optional();

const dialMode = z
  .union([z.number().int(), z.string().max(64)])
  .nullable()
  .optional()
  .transform((raw, ctx): DialMode | null | undefined => {
    if (raw === null || raw === undefined) return raw;
    const mode = parseEnum(DIAL_MODE, raw);
    if (mode === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "not a CfgDialMode (0-11, CFGDMPredict or dmpredict)",
      });
      return z.NEVER;
    }
    return mode;
  });

// OCS's own group states (domain.md §4) mapped to Stat Server's three statuses.
// A Map: the state is looked up by a string from the request body.
const OCS_STATES = new Map<string, GroupStatus>([
  ["notloaded", "Deactivated"],
  ["waitingunload", "Deactivated"],
  ["unloadinprogress", "Deactivated"],
  ["deactivated", "Deactivated"],
  ["inactive", "Activated"],
  ["active", "Activated"],
  ["activated", "Activated"],
  ["running", "Running"],
]);

const groupState = z
  .string()
  .max(64)
  .nullable()
  .optional()
  .transform((raw, ctx): GroupStatus | null | undefined => {
    if (raw === null || raw === undefined) return raw;
    const status = OCS_STATES.get(raw.replace(/^Campaign/i, "").toLowerCase());
    if (status === undefined) {
      ctx.addIssue({
        code: "custom",
        message:
          "not a group state (NotLoaded, WaitingUnload, UnloadInProgress, InActive, Active, Running)",
      });
      return z.NEVER;
    }
    return status;
  });

/**
 * One calling list's figures. OCS documents GSW_STAT_HIT_RATIO and GSW_STAT_TIME_TO_COMPLETE at
 * "Calling List(s)" level without publishing the body's shape; this list of per-list objects
 * named by GSW_CALLING_LIST_NAME is our reading.
 */
const callingListStats = z.looseObject({
  GSW_CALLING_LIST_NAME: name,
  GSW_STAT_HIT_RATIO: fraction,
  GSW_STAT_TIME_TO_COMPLETE: fraction,
});

/**
 * The body of an OCS Campaign Group Status Reporting POST (OCS 8.1.512+; the GSW_STAT_*
 * figures since 8.1.517). The public documentation lists these keys but not all of them, so
 * other keys pass through untouched and are kept. The statistics may be null ("not known
 * now"), which is a value, not an error.
 *
 * GSW_CAMPAIGN_NAME is documented as sent only "if present in configuration", so neither it nor
 * GSW_GROUP_NAME is required here: the translator places a report without them by its group's
 * DBID or by a GSW_CAMPAIGN_GROUP_NAME holding exactly one `@`.
 *
 * The documented keys carry no explicit state. `GSW_CAMPAIGN_GROUP_STATE` is read when present
 * (our reading, not a documented key); otherwise the state follows from what is documented:
 * GSW_DIAL_MODE is sent for running groups only, so a dial mode means Running and its absence
 * a loaded group that is not dialing.
 */
export const ocsGroupStateSchema = z.looseObject({
  GSW_TENANT_NAME: optionalText,
  GSW_TENANT_CCID: optionalText,
  GSW_CAMPAIGN_NAME: name.optional(),
  GSW_GROUP_NAME: name.optional(),
  GSW_CAMPAIGN_GROUP_NAME: optionalText,
  GSW_CAMPAIGN_GROUP_DBID: z
    .union([
      z.number().int().nonnegative(),
      z
        .string()
        .regex(/^\d{1,10}$/)
        .transform(Number),
    ])
    .nullable()
    .optional(),
  GSW_CALLING_LISTS: z.array(callingListStats).max(1000).nullable().optional(),
  GSW_CAMPAIGN_GROUP_GUID: optionalText,
  GSW_CAMPAIGN_TEMPLATE_NAME: optionalText,
  GSW_QUEUE_NAME: optionalText,
  GSW_DIAL_MODE: dialMode,
  GSW_OPTIMIZE_BY: z
    .union([z.string().max(64), z.number()])
    .nullable()
    .optional(),
  GSW_OPTIMIZE_GOAL: z
    .union([z.string().max(64), z.number()])
    .nullable()
    .optional(),
  GSW_CAMPAIGN_GROUP_STATE: groupState,
  GSW_STAT_BUSY_FACTOR: fraction,
  GSW_STAT_HIT_RATIO: fraction,
  GSW_STAT_OVERDIAL_RATE: fraction,
  GSW_STAT_TIME_TO_COMPLETE: fraction,
});
export type OcsGroupState = z.output<typeof ocsGroupStateSchema>;
