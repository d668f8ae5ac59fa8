import type { ConfigModel, ImportedFile } from "../../../src/model/config/ConfigModel";
import { asDbid } from "../../../src/model/config/ids";
import { CONFIG_KINDS } from "../../../src/model/config/kinds";
import type { ImportedObject } from "../../../src/model/config/objects";
import { resolveModel } from "../../../src/model/config/resolveModel";

/** Test snapshots built from imported objects, as an importer would hand them to the model. */
export function buildSnapshot(objects: ImportedObject[], path = "snapshot.json"): ConfigModel {
  const file: ImportedFile = {
    path,
    format: "mutagen-json",
    carries: [...CONFIG_KINDS],
    objects,
    skipped: [],
  };
  return resolveModel([file]);
}

const base = (name: string, dbid?: number) => ({
  tenant: "Environment",
  name,
  state: "Enabled" as const,
  source: { file: "snapshot.json", path: name },
  extra: {},
  ...(dbid === undefined ? {} : { dbid: asDbid(dbid) }),
});

export const campaign = (
  name: string,
  lists: { name: string; share?: number }[] = [],
  dbid?: number,
): ImportedObject => ({
  ...base(name, dbid),
  kind: "campaign",
  callingLists: lists.map((l) => ({
    callingList: { name: l.name },
    share: l.share ?? 10,
    isActive: true,
  })),
});

export const callingList = (name: string, dbid?: number): ImportedObject => ({
  ...base(name, dbid),
  kind: "callingList",
});

export const campaignGroup = (
  name: string,
  campaignName: string,
  group: string | null,
  fields: { dbid?: number; campaignDbid?: number; dialMode?: "Predict" | "Progress" } = {},
): ImportedObject => ({
  ...base(name, fields.dbid),
  kind: "campaignGroup",
  campaign:
    fields.campaignDbid === undefined
      ? { name: campaignName }
      : { dbid: asDbid(fields.campaignDbid) },
  group: group === null ? null : { name: group, groupType: "AgentGroup" },
  ...(fields.dialMode ? { dialMode: fields.dialMode } : {}),
});

export const agentGroup = (name: string, agents: string[], dbid?: number): ImportedObject => ({
  ...base(name, dbid),
  kind: "agentGroup",
  agents: agents.map((a) => ({ name: a })),
});

export const person = (userName: string, employeeId?: string, dbid?: number): ImportedObject => ({
  ...base(userName, dbid),
  kind: "person",
  isAgent: true,
  ...(employeeId === undefined ? {} : { employeeId }),
});
