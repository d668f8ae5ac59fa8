import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asObjectKey } from "../../../src/model/config/ids";
import type { ConfigObject } from "../../../src/model/config/objects";
import { ObjectsByKey, objectsByKey } from "../../../src/model/config/ObjectsByKey";
import { loadConfig } from "../../../src/model/loadConfig";

// Two mutagen JSON files, which carry no calling lists: their campaigns' calling lists are
// implicit objects, keyed as they are met while references resolve, after the placed ones.
const model = loadConfig(
  ["contact-centre-mistakes.json", "small-clean.json"].map((name) => ({
    path: name,
    content: readFileSync(`public/samples/${name}`),
  })),
);
const all = [...model.objects.values()];

describe("ObjectsByKey", () => {
  it("holds the objects resolveModel built, and reads as the Map it replaces, in key order", () => {
    expect(model.objects).toBeInstanceOf(ObjectsByKey);
    expect(all.some((object) => object.implicit)).toBe(true);
    const map = new Map(all.map((object) => [object.key, object]));
    expect(model.objects.size).toBe(map.size);
    expect([...model.objects]).toEqual([...map]);
    expect([...model.objects.entries()]).toEqual([...map.entries()]);
    expect([...model.objects.keys()]).toEqual([...map.keys()]);
    expect([...model.objects.values()]).toEqual([...map.values()]);
    const seen: [number, string][] = [];
    model.objects.forEach((object, key, objects) => {
      expect(objects).toBe(model.objects);
      seen.push([key, object.name]);
    });
    expect(seen).toEqual([...map].map(([key, object]) => [key, object.name]));
    for (const [key, object] of map) {
      expect(model.objects.get(key)).toBe(object);
      expect(model.objects.has(key)).toBe(true);
    }
  });

  it("answers undefined for a key it does not hold, as a Map does", () => {
    for (const key of [0, -1, model.objects.size + 1, 1.5, Number.NaN]) {
      expect(model.objects.get(asObjectKey(key))).toBeUndefined();
      expect(model.objects.has(asObjectKey(key))).toBe(false);
    }
  });

  it("refuses an object whose key is not the next one", () => {
    const objects = new ObjectsByKey();
    objects.add(all[0]!);
    expect(() => objects.add(all[2]!)).toThrow(
      `object key ${all[2]!.key} added where key 2 was due`,
    );
    expect(objects.size).toBe(1);
  });
});

describe("objectsByKey", () => {
  it("is an ObjectsByKey for keys 1, 2, 3... in order", () => {
    const objects = objectsByKey(all);
    expect(objects).toBeInstanceOf(ObjectsByKey);
    expect([...objects]).toEqual([...model.objects]);
  });

  it("is a Map for keys out of order or with gaps, with the same entries", () => {
    const reordered: ConfigObject[] = [all[1]!, all[0]!, ...all.slice(2)];
    const gap = all.slice(1);
    for (const objects of [reordered, gap]) {
      const byKey = objectsByKey(objects);
      expect(byKey).toBeInstanceOf(Map);
      expect([...byKey]).toEqual(objects.map((object) => [object.key, object]));
    }
  });
});
