// A fast-check arbitrary of resolved models, built directly rather than through an importer:
// it reaches states no importer produces today (references to objects of the wrong kind, keys
// that point nowhere, implicit objects anywhere), which the rules and the hierarchy must
// survive all the same.
import fc from "fast-check";
import type { ConfigModel } from "../../../src/model/config/ConfigModel";
import { asDbid, asObjectKey, type ObjectKey } from "../../../src/model/config/ids";
import { CONFIG_KINDS, type ConfigKind } from "../../../src/model/config/kinds";
import type { ConfigObject, ConfigObjectOf, ResolvedRef } from "../../../src/model/config/objects";

/** Names that exercise every rule: unicode, "@", white space, empty, invisible, 300 chars. */
export const arbitraryName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "Sales", "SALES", "Sales ", "Team A", "a@b", "@", "x".repeat(300)),
  fc.constantFrom("Team\u00A0A", "Sales\u200BEast", "Ｓａｌｅｓ", "Продажи", "東京", "\u202Eevil"),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 6,
  }),
);

interface RawRef {
  readonly target: number | null;
  readonly name: string | null;
  readonly dbid: number | null;
}

const rawRef: fc.Arbitrary<RawRef> = fc.record({
  target: fc.option(fc.nat(12)),
  name: fc.option(arbitraryName),
  dbid: fc.option(fc.nat(5)),
});

interface RawObject {
  readonly name: string;
  readonly tenant: number;
  readonly state: "Enabled" | "Disabled" | "Deleted" | "NoObjectState";
  readonly implicit: boolean;
  readonly refs: readonly RawRef[];
  readonly second: RawRef | null;
  readonly numbers: readonly (number | null)[];
  readonly flags: readonly boolean[];
  readonly employeeId: string | null;
}

const rawObject: fc.Arbitrary<RawObject> = fc.record({
  name: arbitraryName,
  tenant: fc.nat(2),
  state: fc.constantFrom("Enabled", "Disabled", "Deleted", "NoObjectState"),
  implicit: fc.boolean(),
  refs: fc.array(rawRef, { maxLength: 4 }),
  second: fc.option(rawRef),
  numbers: fc.array(fc.option(fc.integer({ min: -1, max: 12 })), { minLength: 4, maxLength: 4 }),
  flags: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  employeeId: fc.option(arbitraryName),
});

const rawModel = fc.record({
  tenantNames: fc.array(arbitraryName, { minLength: 3, maxLength: 3 }),
  objects: fc.record(
    Object.fromEntries(
      CONFIG_KINDS.map((kind) => [kind, fc.array(rawObject, { maxLength: 6 })]),
    ) as {
      [K in ConfigKind]: fc.Arbitrary<RawObject[]>;
    },
  ),
  /** Which kinds a reference points into: mostly the right one, sometimes any kind. */
  strayKind: fc.option(fc.constantFrom(...CONFIG_KINDS)),
  carried: fc.subarray([...CONFIG_KINDS]),
});

type RawModel = typeof rawModel extends fc.Arbitrary<infer T> ? T : never;

/** Object `i` of `kind`: keys are numbered kind after kind, leaving room for 10,000 per kind. */
const keyOfObject = (kind: ConfigKind, i: number): ObjectKey =>
  asObjectKey(CONFIG_KINDS.indexOf(kind) * 10_000 + i + 1);

function toModel(raw: RawModel): ConfigModel {
  const keyOf = (kind: ConfigKind, ref: RawRef): ObjectKey | null => {
    const target = raw.strayKind ?? kind;
    if (ref.target === null || ref.target >= raw.objects[target].length) return null;
    return keyOfObject(target, ref.target);
  };
  const resolve = (kind: ConfigKind, ref: RawRef): ResolvedRef => ({
    key: keyOf(kind, ref),
    ...(ref.name === null ? {} : { name: ref.name }),
    ...(ref.dbid === null ? {} : { dbid: asDbid(ref.dbid) }),
  });
  const byKind = Object.fromEntries(CONFIG_KINDS.map((kind) => [kind, [] as ConfigObject[]])) as {
    [K in ConfigKind]: ConfigObject[];
  };
  const objects = new Map<ObjectKey, ConfigObject>();
  for (const kind of CONFIG_KINDS) {
    raw.objects[kind].forEach((o, i) => {
      const base = {
        key: keyOfObject(kind, i),
        tenant: kind === "tenant" ? o.name : (raw.tenantNames[o.tenant] ?? ""),
        name: o.name,
        state: o.state,
        source: {
          file: "generated.json",
          path: `${kind}[${i}]`,
          ...(o.flags[3] ? { line: i + 1, column: 3 } : {}),
        },
        alsoIn: [],
        implicit: o.implicit,
        extra: {},
      };
      const [n0 = null, n1 = null, n2 = null] = o.numbers;
      const object = ((): ConfigObject => {
        switch (kind) {
          case "campaign":
            return {
              ...base,
              kind,
              callingLists: o.refs.map((ref, j) => ({
                callingList: resolve("callingList", ref),
                share: o.numbers[j] ?? 10,
                isActive: o.flags[j] ?? true,
              })),
            };
          case "campaignGroup":
            return {
              ...base,
              kind,
              campaign: resolve("campaign", o.refs[0] ?? { target: null, name: null, dbid: null }),
              group:
                o.second === null
                  ? null
                  : {
                      ...resolve(o.flags[0] ? "agentGroup" : "placeGroup", o.second),
                      groupType: o.flags[1] ? null : o.flags[0] ? "AgentGroup" : "PlaceGroup",
                    },
              ...(n0 === null ? {} : { minRecBuffSize: n0 }),
              ...(n1 === null ? {} : { optRecBuffSize: n1 }),
              ...(n2 === null ? {} : { numOfChannels: n2 }),
            };
          case "agentGroup":
            return { ...base, kind, agents: o.refs.map((ref) => resolve("person", ref)) };
          case "placeGroup":
            return { ...base, kind, places: o.refs.map((ref) => resolve("place", ref)) };
          case "person":
            return {
              ...base,
              kind,
              isAgent: o.flags[0] ?? true,
              ...(o.employeeId === null ? {} : { employeeId: o.employeeId }),
            };
          case "tenant":
            return { ...base, kind };
          case "callingList":
            return { ...base, kind };
          case "place":
            return { ...base, kind };
        }
      })();
      objects.set(object.key, object);
      byKind[kind].push(object);
    });
  }
  return {
    files: [],
    objects,
    byKind: byKind as { [K in ConfigKind]: ConfigObjectOf<K>[] },
    carried: new Set(raw.carried),
  };
}

export const arbitraryModel: fc.Arbitrary<ConfigModel> = rawModel.map(toModel);
