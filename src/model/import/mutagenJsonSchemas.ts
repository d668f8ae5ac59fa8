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
import { enumField } from "./enumField";

// One schema per object type of mutagen's JSON export (nuecho/mutagen, formats JSON and
// COMPACT_JSON). Only the fields the model uses are declared; anything else an object holds is
// not rejected and is kept by the importer as `extra`. Optional fields accept null too: a
// missing value and an explicit null mean the same in these files.

const text = z.string();
const count = z.number();
const state = enumField(OBJECT_STATE, "mutagen").nullish();

const tenant = z.object({
  name: text,
  parentTenant: text.nullish(),
  state,
});

const campaign = z.object({
  name: text,
  tenant: text.nullish(),
  state,
  description: text.nullish(),
  callingLists: z
    .array(
      z.object({
        callingList: text,
        share: count.nullish(),
        isActive: z.boolean().nullish(),
      }),
    )
    .nullish(),
});

const campaignGroup = z.object({
  name: text,
  tenant: text.nullish(),
  state,
  campaign: z.object({ name: text, tenant: text.nullish() }),
  group: z.object({ name: text, groupType: enumField(GROUP_TYPE, "mutagen").nullish() }).nullish(),
  dialMode: enumField(DIAL_MODE, "mutagen").nullish(),
  optMethod: enumField(OPTIMIZATION_METHOD, "mutagen").nullish(),
  optMethodValue: count.nullish(),
  operationMode: enumField(OPERATION_MODE, "mutagen").nullish(),
  numOfChannels: count.nullish(),
  minRecBuffSize: count.nullish(),
  optRecBuffSize: count.nullish(),
  description: text.nullish(),
});

// mutagen exports no calling-list objects today; a section of them is read if one appears.
const callingList = z.object({
  name: text,
  tenant: text.nullish(),
  state,
  timeFrom: count.nullish(),
  timeUntil: count.nullish(),
  maxAttempts: count.nullish(),
});

const groupCommon = z.object({
  name: text,
  tenant: text.nullish(),
  state,
  // mutagen's partial update files put a place group's members inside `group`.
  places: z.array(text).nullish(),
});

const agentGroup = z.object({
  group: groupCommon,
  tenant: text.nullish(),
  agents: z.array(text).nullish(),
});

const placeGroup = z.object({
  group: groupCommon,
  tenant: text.nullish(),
  places: z.array(text).nullish(),
});

// A person without a userName is loaded with an empty name, for a rule to flag: mutagen's own
// invalid-person sample has one, and refusing the whole file would hide everything else.
const person = z.object({
  userName: text.nullish(),
  tenant: text.nullish(),
  state,
  employeeId: text.nullish(),
  firstName: text.nullish(),
  lastName: text.nullish(),
  agent: z.boolean().nullish(),
});

const place = z.object({
  name: text,
  tenant: text.nullish(),
  state,
});

/**
 * The schema of each object type in mutagen JSON. None changes what it reads (no transform,
 * default, catch or trim), so an object that fits its schema is read as it is, with no copy
 * made by zod: see `SchemaProblems.fits`. The type check below fails to compile on a change of
 * type; a unit test walks every schema for the rest.
 */
export const MUTAGEN_JSON_SCHEMAS = {
  tenant,
  campaign,
  campaignGroup,
  callingList,
  agentGroup,
  placeGroup,
  person,
  place,
} as const satisfies Record<ConfigKind, z.ZodObject>;

/** The importer's checks: each schema, compiled once it has checked enough objects. */
export const MUTAGEN_JSON_CHECKS = compilingSchemas(MUTAGEN_JSON_SCHEMAS);

export type MutagenJsonObject<K extends ConfigKind> = z.output<(typeof MUTAGEN_JSON_SCHEMAS)[K]>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only while every schema's output type is its input type. */
const NO_TRANSFORMS: {
  readonly [K in ConfigKind]: Same<z.input<(typeof MUTAGEN_JSON_SCHEMAS)[K]>, MutagenJsonObject<K>>;
} = {
  tenant: true,
  campaign: true,
  campaignGroup: true,
  callingList: true,
  agentGroup: true,
  placeGroup: true,
  person: true,
  place: true,
};
void NO_TRANSFORMS;

/** The top-level sections of a mutagen JSON export that hold the modelled object types. */
export const MUTAGEN_JSON_SECTIONS: ReadonlyMap<string, ConfigKind> = new Map([
  ["tenants", "tenant"],
  ["campaigns", "campaign"],
  ["campaignGroups", "campaignGroup"],
  ["callingLists", "callingList"],
  ["agentGroups", "agentGroup"],
  ["placeGroups", "placeGroup"],
  ["persons", "person"],
  ["places", "place"],
]);
