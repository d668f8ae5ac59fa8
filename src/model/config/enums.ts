// Configuration Server enumerations. The same value is spelled three ways in the wild: an
// integer (`1`), the Platform SDK constant (`CFGDMPredict`) and mutagen's short form
// (`dmpredict`: lower case, `CFG` stripped). `parseEnum` accepts all three and returns the
// canonical name used everywhere in the model.

export interface EnumDefinition<N extends string> {
  /** The enum's PSDK type name, for messages. */
  readonly type: string;
  /** Canonical names by integer value. */
  readonly byValue: Readonly<Record<number, N>>;
  /** The PSDK constant prefix (`CFGDM` for `CFGDMPredict`). */
  readonly prefix: string;
}

function defineEnum<N extends string>(
  type: string,
  prefix: string,
  byValue: Record<number, N>,
): EnumDefinition<N> {
  return { type, prefix, byValue };
}

export const OBJECT_STATE = defineEnum("CfgObjectState", "CFG", {
  0: "NoObjectState",
  1: "Enabled",
  2: "Disabled",
  3: "Deleted",
});
export type ObjectState = (typeof OBJECT_STATE.byValue)[number];

export const FLAG = defineEnum("CfgFlag", "CFG", { 0: "Unknown", 1: "False", 2: "True" });

export const DIAL_MODE = defineEnum("CfgDialMode", "CFGDM", {
  0: "NoDialMode",
  1: "Predict",
  2: "Progress",
  3: "Preview",
  4: "ProgressAndSeize",
  5: "PredictAndSeize",
  6: "Power",
  7: "PowerAndSeize",
  8: "PushPreview",
  9: "ProgressGVP",
  10: "PredictGVP",
  11: "PowerGVP",
});
export type DialMode = (typeof DIAL_MODE.byValue)[number];

export const OPTIMIZATION_METHOD = defineEnum("CfgOptimizationMethod", "CFGOM", {
  0: "None",
  1: "BusyFactor",
  2: "OverdialRate",
  3: "WaitTime",
});
export type OptimizationMethod = (typeof OPTIMIZATION_METHOD.byValue)[number];

export const OPERATION_MODE = defineEnum("CfgOperationMode", "CFGOM", {
  0: "None",
  1: "Manual",
  2: "Schedule",
});
export type OperationMode = (typeof OPERATION_MODE.byValue)[number];

export const GROUP_TYPE = defineEnum("CfgObjectType", "CFG", { 5: "AgentGroup", 6: "PlaceGroup" });
export type GroupType = (typeof GROUP_TYPE.byValue)[number];

const lookupCache = new WeakMap<EnumDefinition<string>, Map<string, string>>();

function lookupTable<N extends string>(def: EnumDefinition<N>): Map<string, N> {
  const cached = lookupCache.get(def);
  if (cached) return cached as Map<string, N>;
  const table = new Map<string, N>();
  const shortPrefix = def.prefix.replace(/^CFG/, "").toLowerCase();
  for (const [value, name] of Object.entries(def.byValue) as [string, N][]) {
    const lower = name.toLowerCase();
    table.set(value, name);
    table.set(lower, name);
    table.set(`${def.prefix}${name}`.toLowerCase(), name);
    table.set(`${shortPrefix}${lower}`, name);
  }
  lookupCache.set(def, table);
  return table;
}

/**
 * The canonical name of an enum value given as an integer, a PSDK constant or a mutagen short
 * form; `undefined` when it is none of the known values.
 */
export function parseEnum<N extends string>(
  def: EnumDefinition<N>,
  raw: number | string,
): N | undefined {
  const key = typeof raw === "number" ? String(raw) : raw.trim().toLowerCase();
  return lookupTable(def).get(key);
}
