import type { ConfigModel } from "../../../model/config/ConfigModel";
import {
  CAMPAIGN_GROUP_DEFAULTS,
  type CampaignGroupDefaulted,
} from "../../../model/config/campaignGroupDefaults";
import type { CampaignGroup, ConfigObject, ResolvedRef } from "../../../model/config/objects";
import { sourcePath } from "../../../model/config/sourcePath";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";

type Field = readonly [label: string, value: string];

/** Seconds after midnight as a clock time (`28800` → `08:00`). */
function clockTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

const refText = (ref: ResolvedRef | null | undefined) => {
  if (!ref) return "none";
  const name = ref.name ?? (ref.dbid !== undefined ? `DBID ${ref.dbid}` : "?");
  return ref.key === null ? `${name} (not in the loaded files)` : name;
};

/** A campaign group's field, or what Configuration Server fills in when it is unset. */
function orDefault(group: CampaignGroup, field: CampaignGroupDefaulted): string | number {
  const value = group[field];
  return value === undefined ? `${CAMPAIGN_GROUP_DEFAULTS[field]} (default)` : value;
}

/**
 * The configuration fields worth reading for one node, enums by name (the model already holds
 * canonical names). For a campaign calling list node, the campaign's entry for that list.
 */
export function objectFields(model: ConfigModel, hierarchy: Hierarchy, node: NodeId): Field[] {
  const key = hierarchy.object(node);
  const object: ConfigObject | undefined = key !== null ? model.objects.get(key) : undefined;
  if (!object) return [];
  const index = hierarchy.entry(node);
  if (
    hierarchy.kind(node) === "campaignCallingList" &&
    object.kind === "campaign" &&
    index !== null
  ) {
    const entry = object.callingLists[index];
    if (!entry) return [];
    return [
      ["Campaign", object.name],
      ["Calling list", refText(entry.callingList)],
      ["Share", entry.share === 0 ? "0 (list disabled)" : String(entry.share)],
      ["Active", entry.isActive ? "yes" : "no"],
    ];
  }
  const fields: Field[] = [];
  const add = (label: string, value: string | number | undefined | null) => {
    if (value !== undefined && value !== null && value !== "") fields.push([label, String(value)]);
  };
  add("Name", object.name);
  add("Tenant", object.tenant);
  add("State", object.state);
  add("DBID", object.dbid);
  switch (object.kind) {
    case "campaign":
      add("Calling lists", object.callingLists.length);
      add("Description", object.description);
      break;
    case "campaignGroup":
      add("Campaign", refText(object.campaign));
      add(
        object.group?.groupType === "PlaceGroup" ? "Place group" : "Agent group",
        refText(object.group),
      );
      add("Dial mode", orDefault(object, "dialMode"));
      add("Optimize by", orDefault(object, "optMethod"));
      add("Optimization goal", object.optMethodValue);
      add("Operation mode", orDefault(object, "operationMode"));
      add("Channels", orDefault(object, "numOfChannels"));
      add("Minimum record buffer", orDefault(object, "minRecBuffSize"));
      add("Optimal record buffer", orDefault(object, "optRecBuffSize"));
      add("Description", object.description);
      break;
    case "callingList":
      if (object.timeFrom !== undefined) add("Dial from", clockTime(object.timeFrom));
      if (object.timeUntil !== undefined) add("Dial until", clockTime(object.timeUntil));
      add("Maximum attempts", object.maxAttempts);
      break;
    case "agentGroup":
      add("Agents", object.agents.length);
      break;
    case "placeGroup":
      add("Places", object.places.length);
      break;
    case "person":
      add("Employee ID", object.employeeId ?? "none");
      add("First name", object.firstName);
      add("Last name", object.lastName);
      add("Agent", object.isAgent ? "yes" : "no");
      break;
    case "tenant":
      add("Parent tenant", object.parentTenant);
      break;
    case "place":
      break;
  }
  if (object.implicit) fields.push(["Source", "only named by other objects (not in the files)"]);
  else {
    const where = object.source.line
      ? `line ${object.source.line}, column ${object.source.column ?? 1}`
      : sourcePath(object.source);
    add("Source", `${object.source.file}${where ? ` (${where})` : ""}`);
  }
  return fields;
}
