import { DIAL_MODE, OBJECT_STATE, OPERATION_MODE, OPTIMIZATION_METHOD } from "../config/enums";
import type { ObjectState } from "../config/enums";
import { enumValue } from "./enumValue";
import type {
  GenAgentGroup,
  GenCampaign,
  GenCampaignGroup,
  GenConfig,
  GenGroupRef,
  GenPlaceGroup,
} from "./GeneratedConfig";

// The Platform SDK structure of each object, shared by the two formats that use it: mutagen
// RAW (the PSDK XML converted to JSON) and the Configuration Server XML itself.

export type PsdkValue = string | number | PsdkElement | PsdkList;
export type PsdkField = readonly [name: string, value: PsdkValue];

/** A structure: an object, or a nested part such as `CfgGroup` or `CfgCallingListInfo`. */
export interface PsdkElement {
  readonly element: string;
  readonly fields: readonly PsdkField[];
}

/** A list field: its items are elements named `item` (`DBID`, `CfgCallingListInfo`). */
export interface PsdkList {
  readonly item: string;
  readonly items: readonly (number | PsdkElement)[];
}

interface PsdkSection {
  /** The object type as mutagen RAW spells it (`CFGCampaign`). */
  readonly type: string;
  readonly objects: readonly PsdkElement[];
}

const CFG_FLAG_TRUE = 2;
const CFG_FLAG_FALSE = 1;
const GROUP_TYPE_VALUE = { agentGroup: 5, placeGroup: 6 } as const;

const flag = (value: boolean): number => (value ? CFG_FLAG_TRUE : CFG_FLAG_FALSE);
const element = (name: string, fields: PsdkField[]): PsdkElement => ({ element: name, fields });
const dbids = (field: string, ids: number[]): PsdkField[] =>
  ids.length > 0 ? [[field, { item: "DBID", items: ids }]] : [];

const state = (s: ObjectState) => enumValue(OBJECT_STATE, s);

/** Agent and place groups nest their common part in `CfgGroup`, members by DBID beside it. */
function groupElement(
  type: "CfgAgentGroup" | "CfgPlaceGroup",
  membersField: "agentDBIDs" | "placeDBIDs",
  g: GenAgentGroup | GenPlaceGroup,
): PsdkElement {
  return element(type, [
    [
      "CfgGroup",
      element("CfgGroup", [
        ["DBID", g.dbid],
        ["tenantDBID", g.tenant.dbid],
        ["name", g.name],
        ["state", state(g.state)],
      ]),
    ],
    ...dbids(membersField, [...g.members.map((m) => m.dbid), ...g.dangling.map((d) => d.dbid)]),
  ]);
}

export function toPsdkSections(config: GenConfig): PsdkSection[] {
  const groupFields = (ref: GenGroupRef | null): PsdkField[] =>
    ref
      ? [
          ["groupDBID", ref.group.dbid],
          ["groupType", GROUP_TYPE_VALUE[ref.type]],
        ]
      : [];
  const listed = new Map<GenCampaign, GenCampaignGroup[]>();
  for (const g of config.campaignGroups) {
    if (g.listing === "object") continue;
    const list = listed.get(g.campaign);
    if (list) list.push(g);
    else listed.set(g.campaign, [g]);
  }
  const groupInfo = (g: GenCampaignGroup): PsdkElement =>
    element("CfgCampaignGroupInfo", [
      ...groupFields(g.group),
      ["isActive", flag(true)],
      ["dialMode", enumValue(DIAL_MODE, g.listedDialMode)],
      ["optMethod", enumValue(OPTIMIZATION_METHOD, g.optMethod)],
      ["optMethodValue", g.optMethodValue],
      ["operationMode", enumValue(OPERATION_MODE, g.operationMode)],
      ["numOfChannels", g.numOfChannels],
      ["minRecBuffSize", g.minRecBuffSize],
      ["optRecBuffSize", g.optRecBuffSize],
    ]);
  return [
    {
      type: "CFGTenant",
      objects: config.tenants.map((t) =>
        element("CfgTenant", [
          ["DBID", t.dbid],
          ["name", t.name],
          ["state", state(t.state)],
        ]),
      ),
    },
    {
      type: "CFGPerson",
      objects: config.persons.map((p) =>
        element("CfgPerson", [
          ["DBID", p.dbid],
          ["tenantDBID", p.tenant.dbid],
          ["userName", p.name],
          ...(p.employeeId === null ? [] : [["employeeID", p.employeeId] as PsdkField]),
          ["firstName", p.firstName],
          ["lastName", p.lastName],
          ["isAgent", flag(p.isAgent)],
          ["state", state(p.state)],
        ]),
      ),
    },
    {
      type: "CFGPlace",
      objects: config.places.map((p) =>
        element("CfgPlace", [
          ["DBID", p.dbid],
          ["tenantDBID", p.tenant.dbid],
          ["name", p.name],
          ["state", state(p.state)],
        ]),
      ),
    },
    {
      type: "CFGAgentGroup",
      objects: config.agentGroups.map((g) => groupElement("CfgAgentGroup", "agentDBIDs", g)),
    },
    {
      type: "CFGPlaceGroup",
      objects: config.placeGroups.map((g) => groupElement("CfgPlaceGroup", "placeDBIDs", g)),
    },
    {
      type: "CFGCallingList",
      objects: config.callingLists.map((l) =>
        element("CfgCallingList", [
          ["DBID", l.dbid],
          ["tenantDBID", l.tenant.dbid],
          ["name", l.name],
          ["state", state(l.state)],
          ["timeFrom", l.timeFrom],
          ["timeUntil", l.timeUntil],
          ["maxAttempts", l.maxAttempts],
        ]),
      ),
    },
    {
      type: "CFGCampaign",
      objects: config.campaigns.map((c) =>
        element("CfgCampaign", [
          ["DBID", c.dbid],
          ["tenantDBID", c.tenant.dbid],
          ["name", c.name],
          ["state", state(c.state)],
          ...(c.lists.length > 0
            ? [
                [
                  "callingLists",
                  {
                    item: "CfgCallingListInfo",
                    items: c.lists.map((e) =>
                      element("CfgCallingListInfo", [
                        ["callingListDBID", e.list.dbid],
                        ["share", e.share],
                        ["isActive", flag(e.isActive)],
                      ]),
                    ),
                  },
                ] as PsdkField,
              ]
            : []),
          ...(listed.has(c)
            ? [
                [
                  "campaignGroups",
                  { item: "CfgCampaignGroupInfo", items: (listed.get(c) ?? []).map(groupInfo) },
                ] as PsdkField,
              ]
            : []),
        ]),
      ),
    },
    {
      type: "CFGCampaignGroup",
      objects: config.campaignGroups
        .filter((g) => g.listing !== "campaign")
        .map((g) =>
          element("CfgCampaignGroup", [
            ["DBID", g.dbid],
            ["tenantDBID", g.tenant.dbid],
            ["name", g.name],
            ["campaignDBID", g.campaign.dbid],
            ...groupFields(g.group),
            ["dialMode", enumValue(DIAL_MODE, g.dialMode)],
            ["optMethod", enumValue(OPTIMIZATION_METHOD, g.optMethod)],
            ["optMethodValue", g.optMethodValue],
            ["operationMode", enumValue(OPERATION_MODE, g.operationMode)],
            ["numOfChannels", g.numOfChannels],
            ["minRecBuffSize", g.minRecBuffSize],
            ["optRecBuffSize", g.optRecBuffSize],
            ["state", state(g.state)],
          ]),
        ),
    },
  ];
}
