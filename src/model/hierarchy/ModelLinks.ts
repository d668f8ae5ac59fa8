import type {
  AgentGroup,
  ConfigObject,
  CallingList,
  Campaign,
  CampaignGroup,
  Person,
  Place,
  PlaceGroup,
  Tenant,
} from "../config/objects";
import type { ConfigKind } from "../config/kinds";
import type { ReadonlyKeyFlags } from "./KeyFlags";
import type { ReadonlyListsByKey } from "./ListsByKey";

/** One entry of a campaign's `callingLists`, seen from the calling list. */
export interface CallingListUse {
  readonly campaign: Campaign;
  /** Index of the entry in `campaign.callingLists`. */
  readonly entry: number;
}

/** The objects of one tenant, by kind, in model order. */
export interface TenantObjects {
  /** The tenant objects of this name: usually one; none when objects only name it. */
  readonly tenants: Tenant[];
  readonly campaigns: Campaign[];
  readonly campaignGroups: CampaignGroup[];
  readonly callingLists: CallingList[];
  readonly agentGroups: AgentGroup[];
  readonly placeGroups: PlaceGroup[];
  readonly persons: Person[];
  readonly places: Place[];
}

/** The list of `TenantObjects` that holds each kind. */
export const TENANT_LIST: { readonly [K in ConfigKind]: keyof TenantObjects } = {
  tenant: "tenants",
  campaign: "campaigns",
  campaignGroup: "campaignGroups",
  callingList: "callingLists",
  agentGroup: "agentGroups",
  placeGroup: "placeGroups",
  person: "persons",
  place: "places",
};

/**
 * The model's references followed in both directions, built once in one pass so that the
 * hierarchy and the rules never search the model (every lookup is a read by key).
 */
export interface ModelLinks {
  /** Tenant names in model order: declared tenants first, then tenants only objects name. */
  readonly tenantNames: readonly string[];
  readonly byTenant: ReadonlyMap<string, TenantObjects>;
  /** Campaign groups by the key of their resolved campaign. */
  readonly campaignGroupsOfCampaign: ReadonlyListsByKey<CampaignGroup>;
  /** Campaign groups by the key of their resolved agent or place group. */
  readonly campaignGroupsOfGroup: ReadonlyListsByKey<CampaignGroup>;
  /** Campaign entries by the key of their resolved calling list. */
  readonly usesOfCallingList: ReadonlyListsByKey<CallingListUse>;
  /**
   * The keys of the objects some agent or place group lists as a member (by resolved
   * reference). Which groups list one: `groupsListing`.
   */
  readonly grouped: ReadonlyKeyFlags;
  /**
   * The objects the member references of each agent and place group resolve to, in reference
   * order, by the group's key; references that resolve to nothing are left out, references
   * to an object of another kind are kept (callers check the kind). Resolved once here
   * because a large configuration has hundreds of thousands of members, and the hierarchy
   * and several rules each walk them all: a Map read per member per walk cost more than the
   * JSON parse of the file.
   */
  readonly membersOf: ReadonlyListsByKey<ConfigObject>;
}
