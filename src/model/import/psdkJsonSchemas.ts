import * as z from "zod";

// The shapes of Platform SDK objects written as JSON with a `$class` field (Genesys web
// tooling such as CX Contact, the Workspace API simulator's data): `{"$class": "CfgCampaign",
// "id": 101, "name": "Sales", ...}`, folders holding objects in `items`, and API answers
// `{"status": {"code": 0}, "data": [...]}`. Only what tells the shapes apart and the
// references each object needs are declared here; an object's fields are then read by the
// Platform SDK schemas, under their PSDK names (`psdkFieldName`).

const id = z.union([z.int(), z.string().regex(/^\s*\d+\s*$/)]);

/** An API answer: a status (code 0 is success) and the data asked for. */
export const PSDK_JSON_ANSWER = z.looseObject({
  status: z.looseObject({ code: z.number(), message: z.string().optional() }),
  data: z.unknown().optional(),
});

/** Any PSDK object: its class, and children when it holds some (a folder's `items`). */
export const PSDK_JSON_OBJECT = z.looseObject({
  $class: z.string().optional(),
  items: z.array(z.unknown()).optional(),
});

/** A folder: `type` is the CfgObjectType of what it holds (27 campaigns, 38 campaign groups). */
export const PSDK_JSON_FOLDER = z.looseObject({
  type: z.union([z.int(), z.string()]).optional(),
  items: z.array(z.unknown()).optional(),
});

/** The fields each class must have to be read, under their JSON names. */
export const PSDK_JSON_REQUIRED: ReadonlyMap<string, z.ZodType> = new Map<string, z.ZodType>([
  ["cfgcampaign", z.looseObject({ name: z.string() })],
  ["cfgcampaigngroup", z.looseObject({ name: z.string(), campaignId: id })],
  ["cfgcallinglist", z.looseObject({ name: z.string() })],
  ["cfgtenant", z.looseObject({ name: z.string() })],
  ["cfgplace", z.looseObject({ name: z.string() })],
]);
