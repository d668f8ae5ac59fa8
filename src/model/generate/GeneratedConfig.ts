// The generator's own picture of a configuration, before it is written in a file format.
// Objects point at each other directly; each writer turns the pointers into what its format
// uses (names for mutagen JSON, DBIDs for RAW and XML). The arrays are mutable because defects
// are planted into a clean configuration after it is built.

import type { DialMode, ObjectState, OperationMode, OptimizationMethod } from "../config/enums";
import type { FindingKind } from "../findings/Finding";

export interface GenTenant {
  readonly dbid: number;
  name: string;
  state: ObjectState;
}

interface GenObject {
  readonly dbid: number;
  readonly tenant: GenTenant;
  name: string;
  state: ObjectState;
}

export interface GenPerson extends GenObject {
  /** `name` is the userName. */
  employeeId: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly isAgent: boolean;
}

export type GenPlace = GenObject;

/** A member reference that points at nothing (planted `unknown-reference`). */
export interface DanglingMember {
  readonly name: string;
  readonly dbid: number;
}

export interface GenAgentGroup extends GenObject {
  members: GenPerson[];
  readonly dangling: DanglingMember[];
}

export interface GenPlaceGroup extends GenObject {
  members: GenPlace[];
  readonly dangling: DanglingMember[];
}

export interface GenCallingList extends GenObject {
  readonly timeFrom: number;
  readonly timeUntil: number;
  readonly maxAttempts: number;
}

export interface GenListEntry {
  readonly list: GenCallingList;
  share: number;
  isActive: boolean;
}

export interface GenCampaign extends GenObject {
  lists: GenListEntry[];
}

export type GenGroupRef =
  | { readonly type: "agentGroup"; readonly group: GenAgentGroup }
  | { readonly type: "placeGroup"; readonly group: GenPlaceGroup };

export interface GenCampaignGroup extends GenObject {
  readonly campaign: GenCampaign;
  group: GenGroupRef | null;
  readonly dialMode: DialMode;
  readonly optMethod: OptimizationMethod;
  readonly optMethodValue: number;
  readonly operationMode: OperationMode;
  readonly numOfChannels: number;
  minRecBuffSize: number;
  optRecBuffSize: number;
  /**
   * How a PSDK format (RAW, XML) writes the group: as a CfgCampaignGroup object, only as an
   * entry of its campaign's `campaignGroups` (pre-7.5 data), or both ways, the entry then
   * with `listedDialMode` (a planted disagreement when it differs).
   */
  listing: "object" | "campaign" | "both";
  listedDialMode: DialMode;
}

export interface GenConfig {
  readonly tenants: GenTenant[];
  readonly campaigns: GenCampaign[];
  campaignGroups: GenCampaignGroup[];
  readonly callingLists: GenCallingList[];
  readonly agentGroups: GenAgentGroup[];
  readonly placeGroups: GenPlaceGroup[];
  readonly persons: GenPerson[];
  readonly places: GenPlace[];
}

/** A finding a planted defect must produce. */
export interface ManifestFinding {
  readonly rule: string;
  readonly kind: FindingKind;
  readonly tenant: string;
  readonly name: string;
  /** What was planted, for a person reading the manifest ("case-only", "share 0"). */
  readonly defect: string;
}
