import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ConfigKind } from "../../../src/model/config/kinds";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { importConfig } from "../../../src/model/import/importConfig";
import { RAW_SCHEMAS, RAW_USUAL_SCHEMAS, psdkKind } from "../../../src/model/import/psdkSchemas";

const RAW_FILES = [
  "../shared/samples/mutagen/export-raw/application.json",
  "../shared/samples/mutagen/export-raw/sorted_switch.json",
  "public/samples/multi-tenant-raw.json",
];

/** Every modelled object of a mutagen RAW document, with its kind. */
function objectsOf(text: string): [ConfigKind, unknown][] {
  const doc = JSON.parse(text) as Record<string, unknown>;
  const out: [ConfigKind, unknown][] = [];
  for (const [typeName, value] of Object.entries(doc)) {
    const kind = psdkKind(typeName);
    if (kind === undefined) continue;
    for (const o of Array.isArray(value) ? value : [value]) out.push([kind, o]);
  }
  return out;
}

describe("RAW_USUAL_SCHEMAS", () => {
  const texts = [
    ...RAW_FILES.map((path) => readFileSync(resolve(path), "utf8")),
    generateConfig({ objects: 3000, seed: 4, defects: 0.2, format: "mutagen-raw" }).text,
  ];

  it("read every object they accept exactly as RAW_SCHEMAS do", () => {
    let accepted = 0;
    for (const text of texts) {
      for (const [kind, o] of objectsOf(text)) {
        const usual = RAW_USUAL_SCHEMAS[kind].safeParse(o);
        if (!usual.success) continue;
        accepted++;
        expect(usual.data).toStrictEqual(RAW_SCHEMAS[kind].parse(o));
      }
    }
    expect(accepted).toBeGreaterThan(2500);
  });

  it("refuse values of another type, which RAW_SCHEMAS read", () => {
    const person = {
      DBID: "1000",
      tenantDBID: 1,
      userName: 4711,
      isAgent: "CFGTrue",
      state: "CFGEnabled",
    };
    expect(RAW_USUAL_SCHEMAS.person.safeParse(person).success).toBe(false);
    expect(RAW_SCHEMAS.person.parse(person)).toMatchObject({
      DBID: 1000,
      userName: "4711",
      isAgent: true,
      state: "CFGEnabled",
    });
  });

  it("leave an import with unusual values as it was", () => {
    const text = JSON.stringify({
      __metadata__: { formatName: "RAW" },
      CFGPerson: [{ DBID: "1000", tenantDBID: 1, userName: 4711, isAgent: "CFGTrue", state: 1 }],
    });
    const [person] = importConfig({ path: "unusual.json", content: text }).objects;
    expect(person).toMatchObject({ kind: "person", dbid: 1000, name: "4711", isAgent: true });
  });
});
