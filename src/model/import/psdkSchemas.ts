import * as z from "zod";
import {
  DIAL_MODE,
  GROUP_TYPE,
  OBJECT_STATE,
  OPERATION_MODE,
  OPTIMIZATION_METHOD,
} from "../config/enums";
import type { ConfigKind } from "../config/kinds";
import { compilingSchemas } from "./CompilingSchema";
import { RAW_FIELDS, RAW_USUAL_FIELDS, XML_FIELDS, type PsdkFieldSchemas } from "./psdkFields";

// One schema per Configuration Server object type in the Platform SDK structure (field names
// as in CfgCampaign, CfgCampaignGroup, ...), for mutagen RAW and Configuration Server XML.
// Only the fields the model uses are declared; the importer keeps the rest as `extra`.

/** The schema of each modelled Configuration Server object type, for one format's values. */
function psdkSchemas({ int, dbid, text, flag, list, enumOf }: PsdkFieldSchemas) {
  const state = enumOf(OBJECT_STATE).optional();

  const owned = {
    DBID: dbid.optional(),
    tenantDBID: dbid.optional(),
    state,
  };

  const tenant = z.object({
    DBID: dbid.optional(),
    name: text,
    state,
  });

  // What a CfgCampaignGroup and a campaign's CfgCampaignGroupInfo entry share.
  const groupSettings = {
    groupDBID: dbid.optional(),
    groupType: enumOf(GROUP_TYPE).optional(),
    dialMode: enumOf(DIAL_MODE).optional(),
    optMethod: enumOf(OPTIMIZATION_METHOD).optional(),
    optMethodValue: int.optional(),
    operationMode: enumOf(OPERATION_MODE).optional(),
    numOfChannels: int.optional(),
    minRecBuffSize: int.optional(),
    optRecBuffSize: int.optional(),
  };

  const campaign = z.object({
    ...owned,
    name: text,
    description: text.optional(),
    callingLists: list(
      z.object({
        callingListDBID: dbid,
        share: int.optional(),
        isActive: flag.optional(),
      }),
    ).optional(),
    // Loose: the entry's other fields (dialerDBID, statServerDBID, ...) are kept as its extra.
    campaignGroups: list(z.looseObject(groupSettings)).optional(),
  });

  const campaignGroup = z.object({
    ...owned,
    name: text,
    campaignDBID: dbid,
    ...groupSettings,
    description: text.optional(),
  });

  const callingList = z.object({
    ...owned,
    name: text,
    timeFrom: int.optional(),
    timeUntil: int.optional(),
    maxAttempts: int.optional(),
  });

  const cfgGroup = z.object({ ...owned, name: text });

  const agentGroup = z.object({
    CfgGroup: cfgGroup,
    agentDBIDs: list(dbid).optional(),
  });

  const placeGroup = z.object({
    CfgGroup: cfgGroup,
    placeDBIDs: list(dbid).optional(),
  });

  const person = z.object({
    ...owned,
    userName: text.optional(),
    employeeID: text.optional(),
    firstName: text.optional(),
    lastName: text.optional(),
    isAgent: flag.optional(),
  });

  const place = z.object({ ...owned, name: text });

  return {
    tenant,
    campaign,
    campaignGroup,
    callingList,
    agentGroup,
    placeGroup,
    person,
    place,
  } as const satisfies Record<ConfigKind, z.ZodObject>;
}

/** Schemas for mutagen RAW, whose numbers arrive as numbers. */
export const RAW_SCHEMAS = psdkSchemas(RAW_FIELDS);
/**
 * Schemas for mutagen RAW objects whose values are all of the usual type: tried first, and
 * an object they refuse is read with `RAW_SCHEMAS`, which also says what is wrong.
 */
export const RAW_USUAL_SCHEMAS = psdkSchemas(RAW_USUAL_FIELDS);
/** Schemas for Configuration Server XML, whose values all arrive as text. */
export const XML_SCHEMAS = psdkSchemas(XML_FIELDS);

/** The importer's checks: each schema, compiled once it has checked enough objects. */
export const RAW_CHECKS = compilingSchemas(RAW_SCHEMAS);
export const RAW_USUAL_CHECKS = compilingSchemas(RAW_USUAL_SCHEMAS);
export const XML_CHECKS = compilingSchemas(XML_SCHEMAS);

export type PsdkObject<K extends ConfigKind> = z.output<(typeof RAW_SCHEMAS)[K]>;

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
