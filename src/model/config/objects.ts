// Configuration objects as the model holds them, whatever file format they came from.
//
// References between objects are kept as the file gave them (`Ref`: a name, a DBID, or both)
// and are resolved once, after every file is loaded, by `resolveModel`: a user may export
// campaigns and persons into separate files, so a reference can only be judged against the
// merged whole.

import type { Dbid, ObjectKey } from "./ids";
import type { ConfigKind } from "./kinds";
import type { DialMode, GroupType, ObjectState, OperationMode, OptimizationMethod } from "./enums";

/** The configuration formats the importers read (content-detected). */
export type ConfigFormat =
  "mutagen-json" | "mutagen-compact-json" | "mutagen-raw" | "psdk-xml" | "psdk-json";

/**
 * Where an object is in its file: the list holding it and its index there (`campaignGroups`
 * and 3, for `campaignGroups[3]`; `sourcePath` writes it so), or a whole JSON path with no
 * index; and a line and column where the format gives them. The index is kept as a number
 * rather than written into the path, so that importing a large file makes no path string
 * per object for the garbage collector to copy.
 */
export interface SourceLocation {
  readonly file: string;
  /** The list holding the object (`campaignGroups`, `CFGCampaign`), or a whole JSON path. */
  readonly path: string;
  /** The object's index in the list at `path`. */
  readonly index?: number;
  /** 1-based line, where the format gives one (XML). */
  readonly line?: number;
  /** 1-based column, where the format gives one (XML). */
  readonly column?: number;
}

/**
 * A reference as written in a file: by name (mutagen JSON) or by DBID (RAW, XML). Importers
 * write `key: undefined` into each, a slot `resolveModel` fills (see `ImportedObject`).
 */
export interface Ref {
  readonly name?: string;
  readonly dbid?: Dbid;
  readonly key?: ObjectKey | null;
}

/** A reference after resolution: `key` is null when nothing in the model matched. */
export interface ResolvedRef extends Ref {
  readonly key: ObjectKey | null;
}

interface ObjectBase<K extends ConfigKind> {
  readonly kind: K;
  /** Unique within one loaded model. */
  readonly key: ObjectKey;
  readonly dbid?: Dbid;
  /** The tenant's name; a single-tenant system's tenant is `Environment`. */
  readonly tenant: string;
  readonly name: string;
  readonly state: ObjectState;
  readonly source: SourceLocation;
  /** Other files that held the same object (merged into this one). */
  readonly alsoIn: readonly SourceLocation[];
  /**
   * Known only because another object refers to it (mutagen JSON carries no calling-list
   * objects, only names). Content rules skip implicit objects: there is nothing to check.
   */
  readonly implicit: boolean;
  /** Fields the importer does not model, kept as they were. */
  readonly extra: Readonly<Record<string, unknown>>;
}

export interface Tenant extends ObjectBase<"tenant"> {
  readonly parentTenant?: string;
}

export interface CampaignCallingListEntry<R extends Ref = ResolvedRef> {
  readonly callingList: R;
  /** The list's weight; 0 disables the list. Default 10. */
  readonly share: number;
  /** Default true. */
  readonly isActive: boolean;
}

/**
 * One entry of a campaign's own `campaignGroups` list (PSDK's CfgCampaignGroupInfo), which
 * configurations from before release 7.5 use instead of separate CfgCampaignGroup objects.
 * It has no name of its own: Stat Server knows the group as `<campaign>@<group>`.
 */
export interface CampaignGroupInfo<R extends Ref = ResolvedRef> {
  readonly group: R & { readonly groupType: GroupType | null };
  readonly dialMode?: DialMode;
  readonly optMethod?: OptimizationMethod;
  readonly optMethodValue?: number;
  readonly operationMode?: OperationMode;
  readonly numOfChannels?: number;
  readonly minRecBuffSize?: number;
  readonly optRecBuffSize?: number;
  /** Fields the model does not use (`isActive`, `dialerDBID`, `statServerDBID`, ...). */
  readonly extra: Readonly<Record<string, unknown>>;
}

export interface Campaign<R extends Ref = ResolvedRef> extends ObjectBase<"campaign"> {
  readonly callingLists: readonly CampaignCallingListEntry<R>[];
  readonly description?: string;
  /**
   * The campaign's own list of its groups, where the file has one (PSDK XML, mutagen RAW). The
   * model has a campaign group for each entry: the CfgCampaignGroup object of the same campaign
   * and group where there is one, else one made from the entry (`listedOnCampaign`).
   */
  readonly campaignGroups?: readonly CampaignGroupInfo<R>[];
}

export interface CampaignGroup<R extends Ref = ResolvedRef> extends ObjectBase<"campaignGroup"> {
  readonly campaign: R;
  /**
   * The agent or place group; null when the campaign group has none. `groupType` is null when
   * the file does not say which kind of group it is.
   */
  readonly group: (R & { readonly groupType: GroupType | null }) | null;
  readonly dialMode?: DialMode;
  readonly optMethod?: OptimizationMethod;
  readonly optMethodValue?: number;
  readonly operationMode?: OperationMode;
  readonly numOfChannels?: number;
  readonly minRecBuffSize?: number;
  readonly optRecBuffSize?: number;
  readonly description?: string;
  /**
   * True for a campaign group known only from its campaign's `campaignGroups` list: its name is
   * the Stat Server id `<campaign>@<group>`, not a name of its own, and it has no DBID.
   */
  readonly listedOnCampaign?: true;
}

export interface CallingList extends ObjectBase<"callingList"> {
  /** Seconds after midnight. */
  readonly timeFrom?: number;
  readonly timeUntil?: number;
  readonly maxAttempts?: number;
}

export interface AgentGroup<R extends Ref = ResolvedRef> extends ObjectBase<"agentGroup"> {
  /** Members: by userName (mutagen JSON) or DBID. */
  readonly agents: readonly R[];
}

export interface PlaceGroup<R extends Ref = ResolvedRef> extends ObjectBase<"placeGroup"> {
  readonly places: readonly R[];
}

export interface Person extends ObjectBase<"person"> {
  /** `name` is the userName. */
  readonly employeeId?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly isAgent: boolean;
}

export type Place = ObjectBase<"place">;

export type ConfigObject<R extends Ref = ResolvedRef> =
  | Tenant
  | Campaign<R>
  | CampaignGroup<R>
  | CallingList
  | AgentGroup<R>
  | PlaceGroup<R>
  | Person
  | Place;

export type ConfigObjectOf<K extends ConfigKind> = Extract<ConfigObject, { kind: K }>;

/**
 * An object as one importer read it from one file: references not yet resolved, no model key.
 * For a tenant given by DBID only (RAW, XML), `tenant` is empty and `tenantDbid` says which.
 *
 * Importers write the model's own fields too, as `undefined` (`key`, `alsoIn`, `implicit`,
 * and `key` in every reference; see `keepShape`), and `resolveModel` fills them in place: a
 * resolved copy of every object and reference would cost about as much as parsing the file.
 * An object that was resolved once already, or merged from several files, is copied instead.
 */
export type ImportedObject =
  ConfigObject<Ref> extends infer O
    ? O extends ConfigObject<Ref>
      ? Omit<O, "key" | "alsoIn" | "implicit"> & {
          readonly tenantDbid?: Dbid;
          readonly key?: ObjectKey;
          readonly alsoIn?: readonly SourceLocation[];
          readonly implicit?: boolean;
        }
      : never
    : never;
