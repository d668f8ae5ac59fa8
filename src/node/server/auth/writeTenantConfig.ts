import type { ConfigModel } from "../../../model/config/ConfigModel";
import {
  DIAL_MODE,
  GROUP_TYPE,
  OBJECT_STATE,
  OPERATION_MODE,
  OPTIMIZATION_METHOD,
  type EnumDefinition,
} from "../../../model/config/enums";
import type { ConfigObject, ResolvedRef } from "../../../model/config/objects";

/** An enum value as mutagen writes it: the PSDK constant less `CFG`, in lower case (`dmpredict`). */
const mutagen = <N extends string>(definition: EnumDefinition<N>, value: N): string =>
  `${definition.prefix.slice(3)}${value}`.toLowerCase();

/**
 * One loaded file reduced to some tenants' objects, written as mutagen JSON (which the app reads
 * whatever the file's own format was) from the loaded model. Only modelled fields are written,
 * so nothing the importer does not model (secrets among them) is served. A reference to an
 * object of a tenant not allowed is left out (a group member, a calling list, a campaign
 * group's group), so not even the name of another tenant's object is served; a reference that
 * resolved to nothing is kept as the file wrote it, being part of the allowed object.
 */
export function writeTenantConfig(
  model: ConfigModel,
  file: string,
  tenants: ReadonlySet<string>,
): string {
  const inFile = (object: ConfigObject) =>
    tenants.has(object.tenant) &&
    (object.source.file === file || object.alsoIn.some((where) => where.file === file));
  /** The name to write for a reference, or null to leave it out. */
  const refName = (ref: ResolvedRef): string | null => {
    if (ref.key === null) return ref.name ?? null;
    const target = model.objects.get(ref.key);
    return target !== undefined && tenants.has(target.tenant) ? target.name : null;
  };
  const present = <T>(value: T | null): value is T => value !== null;
  const state = (object: ConfigObject) => mutagen(OBJECT_STATE, object.state);
  const kinds = model.byKind;

  const document = {
    __metadata__: { formatName: "JSON", formatVersion: "1.0.0" },
    tenants: kinds.tenant.filter(inFile).map((t) => ({
      name: t.name,
      state: state(t),
      ...(t.parentTenant !== undefined && tenants.has(t.parentTenant)
        ? { parentTenant: t.parentTenant }
        : {}),
    })),
    persons: kinds.person.filter(inFile).map((p) => ({
      userName: p.name,
      ...(p.employeeId === undefined ? {} : { employeeId: p.employeeId }),
      ...(p.firstName === undefined ? {} : { firstName: p.firstName }),
      ...(p.lastName === undefined ? {} : { lastName: p.lastName }),
      agent: p.isAgent,
      state: state(p),
      tenant: p.tenant,
    })),
    places: kinds.place.filter(inFile).map((p) => ({
      name: p.name,
      state: state(p),
      tenant: p.tenant,
    })),
    callingLists: kinds.callingList
      .filter((list) => !list.implicit && inFile(list))
      .map((list) => ({
        name: list.name,
        state: state(list),
        tenant: list.tenant,
        ...(list.timeFrom === undefined ? {} : { timeFrom: list.timeFrom }),
        ...(list.timeUntil === undefined ? {} : { timeUntil: list.timeUntil }),
        ...(list.maxAttempts === undefined ? {} : { maxAttempts: list.maxAttempts }),
      })),
    agentGroups: kinds.agentGroup.filter(inFile).map((g) => ({
      agents: g.agents.map(refName).filter(present),
      group: { name: g.name, state: state(g), tenant: g.tenant },
    })),
    placeGroups: kinds.placeGroup.filter(inFile).map((g) => ({
      places: g.places.map(refName).filter(present),
      group: { name: g.name, state: state(g), tenant: g.tenant },
    })),
    campaigns: kinds.campaign.filter(inFile).map((c) => ({
      name: c.name,
      state: state(c),
      tenant: c.tenant,
      ...(c.description === undefined ? {} : { description: c.description }),
      callingLists: c.callingLists.flatMap((entry) => {
        const name = refName(entry.callingList);
        return name === null
          ? []
          : [{ callingList: name, share: entry.share, isActive: entry.isActive }];
      }),
    })),
    campaignGroups: kinds.campaignGroup.filter(inFile).flatMap((g) => {
      const campaign = refName(g.campaign);
      if (campaign === null) return [];
      const group = g.group === null ? null : refName(g.group);
      return [
        {
          name: g.name,
          state: state(g),
          tenant: g.tenant,
          campaign: { name: campaign, tenant: g.tenant },
          ...(group === null || g.group === null
            ? {}
            : {
                group: {
                  name: group,
                  ...(g.group.groupType === null
                    ? {}
                    : { groupType: mutagen(GROUP_TYPE, g.group.groupType) }),
                },
              }),
          ...(g.dialMode === undefined ? {} : { dialMode: mutagen(DIAL_MODE, g.dialMode) }),
          ...(g.optMethod === undefined
            ? {}
            : { optMethod: mutagen(OPTIMIZATION_METHOD, g.optMethod) }),
          ...(g.optMethodValue === undefined ? {} : { optMethodValue: g.optMethodValue }),
          ...(g.operationMode === undefined
            ? {}
            : { operationMode: mutagen(OPERATION_MODE, g.operationMode) }),
          ...(g.numOfChannels === undefined ? {} : { numOfChannels: g.numOfChannels }),
          ...(g.minRecBuffSize === undefined ? {} : { minRecBuffSize: g.minRecBuffSize }),
          ...(g.optRecBuffSize === undefined ? {} : { optRecBuffSize: g.optRecBuffSize }),
          ...(g.description === undefined ? {} : { description: g.description }),
        },
      ];
    }),
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}
