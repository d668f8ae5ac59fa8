import { z } from "zod";
import {
  DIAL_MODE,
  GROUP_TYPE,
  OBJECT_STATE,
  OPERATION_MODE,
  OPTIMIZATION_METHOD,
} from "../config/enums";
import type { ConfigKind } from "../config/kinds";
import { enumField } from "./enumField";
import { psdkDbid, psdkFlag, psdkInt, psdkList, psdkText } from "./psdkFields";

// One schema per Configuration Server object type in the Platform SDK structure (field names
// as in CfgCampaign, CfgCampaignGroup, ...), for mutagen RAW and Configuration Server XML.
// Only the fields the model uses are declared; the importer keeps the rest as `extra`.

const state = enumField(OBJECT_STATE, "psdk").optional();

const owned = {
  DBID: psdkDbid.optional(),
  tenantDBID: psdkDbid.optional(),
  state,
};

const tenant = z.object({
  DBID: psdkDbid.optional(),
  name: psdkText,
  state,
});

const campaign = z.object({
  ...owned,
  name: psdkText,
  description: psdkText.optional(),
  callingLists: psdkList(
    z.object({
      callingListDBID: psdkDbid,
      share: psdkInt.optional(),
      isActive: psdkFlag.optional(),
    }),
  ).optional(),
});

const campaignGroup = z.object({
  ...owned,
  name: psdkText,
  campaignDBID: psdkDbid,
  groupDBID: psdkDbid.optional(),
  groupType: enumField(GROUP_TYPE, "psdk").optional(),
  dialMode: enumField(DIAL_MODE, "psdk").optional(),
  optMethod: enumField(OPTIMIZATION_METHOD, "psdk").optional(),
  optMethodValue: psdkInt.optional(),
  operationMode: enumField(OPERATION_MODE, "psdk").optional(),
  numOfChannels: psdkInt.optional(),
  minRecBuffSize: psdkInt.optional(),
  optRecBuffSize: psdkInt.optional(),
  description: psdkText.optional(),
});

const callingList = z.object({
  ...owned,
  name: psdkText,
  timeFrom: psdkInt.optional(),
  timeUntil: psdkInt.optional(),
  maxAttempts: psdkInt.optional(),
});

const cfgGroup = z.object({ ...owned, name: psdkText });

const agentGroup = z.object({
  CfgGroup: cfgGroup,
  agentDBIDs: psdkList(psdkDbid).optional(),
});

const placeGroup = z.object({
  CfgGroup: cfgGroup,
  placeDBIDs: psdkList(psdkDbid).optional(),
});

const person = z.object({
  ...owned,
  userName: psdkText.optional(),
  employeeID: psdkText.optional(),
  firstName: psdkText.optional(),
  lastName: psdkText.optional(),
  isAgent: psdkFlag.optional(),
});

const place = z.object({ ...owned, name: psdkText });

/** The schema of each modelled Configuration Server object type. */
export const PSDK_SCHEMAS = {
  tenant,
  campaign,
  campaignGroup,
  callingList,
  agentGroup,
  placeGroup,
  person,
  place,
} as const satisfies Record<ConfigKind, z.ZodObject>;

export type PsdkObject<K extends ConfigKind> = z.output<(typeof PSDK_SCHEMAS)[K]>;

/**
 * The kind for a Configuration Server type name, matched without regard to case: mutagen RAW
 * writes `CFGCampaign`, the XML element is `<CfgCampaign>`.
 */
const PSDK_TYPES: ReadonlyMap<string, ConfigKind> = new Map([
  ["cfgtenant", "tenant"],
  ["cfgcampaign", "campaign"],
  ["cfgcampaigngroup", "campaignGroup"],
  ["cfgcallinglist", "callingList"],
  ["cfgagentgroup", "agentGroup"],
  ["cfgplacegroup", "placeGroup"],
  ["cfgperson", "person"],
  ["cfgplace", "place"],
]);

export function psdkKind(typeName: string): ConfigKind | undefined {
  return PSDK_TYPES.get(typeName.toLowerCase());
}
