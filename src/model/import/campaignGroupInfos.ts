import { DIAL_MODE, GROUP_TYPE, OPERATION_MODE, OPTIMIZATION_METHOD } from "../config/enums";
import type { Dbid } from "../config/ids";
import type { CampaignGroupInfo, Ref } from "../config/objects";
import { enumValue } from "./enumField";
import { isSecretName } from "./isSecretName";
import { withoutSecrets } from "./withoutSecrets";

/** A CfgCampaignGroupInfo entry as a schema read it, enums in the file's spelling. */
interface CampaignGroupInfoFields {
  readonly groupDBID?: Dbid | undefined;
  readonly groupType?: string | number | undefined;
  readonly dialMode?: string | number | undefined;
  readonly optMethod?: string | number | undefined;
  readonly optMethodValue?: number | undefined;
  readonly operationMode?: string | number | undefined;
  readonly numOfChannels?: number | undefined;
  readonly minRecBuffSize?: number | undefined;
  readonly optRecBuffSize?: number | undefined;
  readonly [field: string]: unknown;
}

const MODELLED: ReadonlySet<string> = new Set([
  "groupDBID",
  "groupType",
  "dialMode",
  "optMethod",
  "optMethodValue",
  "operationMode",
  "numOfChannels",
  "minRecBuffSize",
  "optRecBuffSize",
]);

const NONE: Readonly<Record<string, unknown>> = Object.freeze(
  Object.create(null) as Record<string, unknown>,
);

function extraOf(entry: CampaignGroupInfoFields): Readonly<Record<string, unknown>> {
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(entry)) {
    if (MODELLED.has(key) || isSecretName(key)) continue;
    const value = withoutSecrets(entry[key]);
    if (value === undefined) continue;
    extra ??= Object.create(null) as Record<string, unknown>;
    extra[key] = value;
  }
  return extra ?? NONE;
}

/**
 * A campaign's `campaignGroups` entries as the model holds them, or `undefined` when it has
 * none. An entry with no group (DBID 0, Configuration Server's "no object") describes nothing
 * Stat Server could know, and is left out.
 */
export function campaignGroupInfos(
  entries: readonly CampaignGroupInfoFields[] | undefined,
): CampaignGroupInfo<Ref>[] | undefined {
  if (entries === undefined || entries.length === 0) return undefined;
  const infos: CampaignGroupInfo<Ref>[] = [];
  for (const entry of entries) {
    if (!entry.groupDBID) continue;
    infos.push({
      group: {
        dbid: entry.groupDBID,
        groupType: enumValue(GROUP_TYPE, entry.groupType) ?? null,
        key: undefined,
      },
      dialMode: enumValue(DIAL_MODE, entry.dialMode),
      optMethod: enumValue(OPTIMIZATION_METHOD, entry.optMethod),
      optMethodValue: entry.optMethodValue,
      operationMode: enumValue(OPERATION_MODE, entry.operationMode),
      numOfChannels: entry.numOfChannels,
      minRecBuffSize: entry.minRecBuffSize,
      optRecBuffSize: entry.optRecBuffSize,
      extra: extraOf(entry),
    });
  }
  return infos.length === 0 ? undefined : infos;
}
