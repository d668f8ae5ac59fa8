import { CONFIG_KIND_LABEL } from "../config/kinds";
import { quoteName } from "../rules/quoteName";
import type { FieldChange, Move, ObjectChange } from "./ModelDiff";

const shown = (value: string | null): string => (value === null ? "(unset)" : value);

/** `dialMode: Predict -> Progress`, `callingLists: +"CL_Nice" -"CL_Lyon"`. */
function describeFieldChange(change: FieldChange): string {
  if (change.type === "value") {
    return `${change.field}: ${shown(change.before)} -> ${shown(change.after)}`;
  }
  const parts = [
    ...change.added.map((n) => `+${quoteName(n)}`),
    ...change.removed.map((n) => `-${quoteName(n)}`),
  ];
  return `${change.field}: ${parts.join(" ")}`;
}

const RELATION: Readonly<Record<Move["relation"], string>> = {
  campaign: "campaign",
  group: "group",
  agentGroup: "agent groups",
  placeGroup: "place groups",
};

/** `group "Team A" -> "Team B"`; `agent groups (none) -> "Team B"` for a person who joined one. */
function describeMove(move: Move): string {
  const names = (list: readonly string[]) =>
    list.length === 0 ? "(none)" : list.map(quoteName).join(", ");
  return `${RELATION[move.relation]} ${names(move.from)} -> ${names(move.to)}`;
}

/** `Campaign group "Sales@Team A" in campaign "Sales"`. */
export function describeChangedObject(change: ObjectChange): string {
  const inCampaign = change.campaign === null ? "" : ` in campaign ${quoteName(change.campaign)}`;
  return `${CONFIG_KIND_LABEL[change.kind]} ${quoteName(change.name)}${inCampaign}`;
}

/** Every rename, placement, field and list that differs, one item each. */
export function changeDetails(change: ObjectChange): string[] {
  const details: string[] = [];
  if (change.rename) {
    const how =
      change.rename.match === "dbid"
        ? "same DBID"
        : `likely, ${Math.round(change.rename.score * 100)}% alike`;
    details.push(`renamed from ${quoteName(change.rename.from)} (${how})`);
  }
  details.push(...change.moves.map((m) => `moved: ${describeMove(m)}`));
  details.push(...change.fields.map(describeFieldChange));
  return details;
}

/** `renamed Campaign "Sales_EU"`, with the tenant when it is not the default one. */
export function describeChangeHead(change: ObjectChange): string {
  const head = `${change.type.padEnd(7)} ${describeChangedObject(change)}`;
  const tenant = change.tenant === "Environment" ? "" : ` [tenant ${quoteName(change.tenant)}]`;
  return `${head}${tenant}`;
}
