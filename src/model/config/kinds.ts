/** The Configuration Server object types the product models. */
export const CONFIG_KINDS = [
  "tenant",
  "campaign",
  "campaignGroup",
  "callingList",
  "agentGroup",
  "placeGroup",
  "person",
  "place",
] as const;
export type ConfigKind = (typeof CONFIG_KINDS)[number];

/** Human names of the kinds, as a supervisor reads them. */
export const CONFIG_KIND_LABEL: Record<ConfigKind, string> = {
  tenant: "Tenant",
  campaign: "Campaign",
  campaignGroup: "Campaign group",
  callingList: "Calling list",
  agentGroup: "Agent group",
  placeGroup: "Place group",
  person: "Person",
  place: "Place",
};
