import type { DialMode, OperationMode, OptimizationMethod } from "./enums";

/**
 * What Configuration Server fills in when a CfgCampaignGroup leaves a field unset: PSDK's
 * `CfgCampaignGroup.checkPropertiesForSave` sets dialMode 1 (Predict), operationMode 1
 * (Manual), optMethod 1 (BusyFactor) and minRecBuffSize 3. optRecBuffSize 6 and
 * numOfChannels 10 are the documented defaults of Outbound Contact's configuration.
 */
export const CAMPAIGN_GROUP_DEFAULTS = {
  dialMode: "Predict" as DialMode,
  operationMode: "Manual" as OperationMode,
  optMethod: "BusyFactor" as OptimizationMethod,
  minRecBuffSize: 3,
  optRecBuffSize: 6,
  numOfChannels: 10,
} as const;

export type CampaignGroupDefaulted = keyof typeof CAMPAIGN_GROUP_DEFAULTS;
