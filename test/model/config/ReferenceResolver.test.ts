import { describe, expect, it } from "vitest";
import { asDbid, asObjectKey } from "../../../src/model/config/ids";
import { ImplicitObjects } from "../../../src/model/config/ImplicitObjects";
import { KeyCounter } from "../../../src/model/config/KeyCounter";
import type { ConfigKind } from "../../../src/model/config/kinds";
import { ObjectLookup } from "../../../src/model/config/ObjectLookup";
import type { Ref } from "../../../src/model/config/objects";
import { ReferenceResolver } from "../../../src/model/config/ReferenceResolver";

const FROM = { file: "f.json", path: "x", index: 0 };

/** A resolver over persons Ann (key 1, DBID 101) and Bob (key 2) of tenant T; `carried` kinds. */
function resolver(carried: readonly ConfigKind[]) {
  const lookup = new ObjectLookup();
  const keys = new KeyCounter();
  lookup.add("person", keys.next(), asDbid(101), "T", "Ann");
  lookup.add("person", keys.next(), undefined, "T", "Bob");
  const implicit = new ImplicitObjects(lookup, keys);
  return { refs: new ReferenceResolver(lookup, implicit, new Set(carried)), implicit };
}

describe("ReferenceResolver", () => {
  it("resolves one reference as a list of one is resolved: by DBID, then by name in the tenant", () => {
    const one = resolver(["person"]);
    const listed = resolver(["person"]);
    const make = (): Ref[] => [
      { dbid: asDbid(101) },
      { name: "Bob" },
      { name: "Bob", dbid: asDbid(9) },
      { name: "Eve" },
      { name: "Ann" },
    ];
    const a = make();
    const b = make();
    for (const ref of a) one.refs.resolveOne("person", "T", ref, FROM);
    listed.refs.resolve("person", "T", b, FROM);
    expect(a.map((r) => r.key)).toEqual(
      [1, 2, 2, null, 1].map((k) => (k === null ? null : asObjectKey(k))),
    );
    expect(b).toEqual(a);
  });

  it("makes one implicit object per name of a kind no file carries, for lists and single references alike", () => {
    const { refs, implicit } = resolver(["person"]);
    const first: Ref = { name: "Sales" };
    const again: Ref[] = [{ name: "Sales" }, { name: "Other" }, { name: "Sales" }];
    refs.resolveOne("campaign", "T", first, FROM);
    refs.resolve("campaign", "T", again, FROM);
    refs.resolveOne("campaign", "U", { name: "Sales" }, FROM);
    expect(implicit.objects.map((o) => [o.tenant, o.name])).toEqual([
      ["T", "Sales"],
      ["T", "Other"],
      ["U", "Sales"],
    ]);
    expect(again.map((r) => r.key)).toEqual([first.key, implicit.objects[1]!.key, first.key]);
  });
});
