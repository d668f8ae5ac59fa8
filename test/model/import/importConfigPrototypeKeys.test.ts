import { afterEach, describe, expect, it } from "vitest";
import { importConfig } from "../../../src/model/import/importConfig";

function prototypeUntouched(): void {
  expect(Object.prototype).not.toHaveProperty("polluted");
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
}

// JSON text, not an object literal: `{"__proto__": ...}` in JavaScript source sets a prototype,
// while JSON.parse makes it an ordinary own key, as it would be in a file.
const POLLUTING_JSON = `{
  "__metadata__": {"formatName": "JSON", "__proto__": {"polluted": "metadata"}},
  "__proto__": {"polluted": "top"},
  "constructor": {"prototype": {"polluted": "constructor"}},
  "campaigns": [
    {
      "name": "Sales",
      "tenant": "Environment",
      "__proto__": {"polluted": "campaign"},
      "constructor": {"prototype": {"polluted": "campaign constructor"}},
      "callingLists": [{"callingList": "__proto__", "__proto__": {"polluted": "entry"}}]
    }
  ],
  "agentGroups": [
    {"group": {"name": "constructor", "__proto__": {"polluted": "group"}}, "agents": ["__proto__"]}
  ]
}`;

describe("importConfig treats __proto__ and constructor keys as plain data", () => {
  afterEach(prototypeUntouched);

  it("imports a mutagen JSON file full of them without touching Object.prototype", () => {
    const file = importConfig({ path: "p.json", content: POLLUTING_JSON });
    prototypeUntouched();
    expect(file.skipped).toEqual(["__proto__", "constructor"]);
    const [campaign, group] = file.objects;
    expect(campaign).toMatchObject({
      name: "Sales",
      callingLists: [{ callingList: { name: "__proto__" }, share: 10, isActive: true }],
    });
    expect(Object.getOwnPropertyNames(campaign!.extra).sort()).toEqual([
      "__proto__",
      "constructor",
    ]);
    expect(Object.getOwnPropertyDescriptor(campaign!.extra, "__proto__")?.value).toEqual({
      polluted: "campaign",
    });
    expect(Object.getPrototypeOf(campaign!.extra)).toBeNull();
    expect(group).toMatchObject({ name: "constructor", agents: [{ name: "__proto__" }] });
    expect(Object.getOwnPropertyNames(group!.extra)).toEqual(["__proto__"]);
  });

  it("imports mutagen RAW with a __proto__ type and field", () => {
    const file = importConfig({
      path: "p.json",
      content: `{"__metadata__": {"formatName": "RAW"},
        "__proto__": [{"polluted": "raw"}],
        "CFGPlace": [{"DBID": 1, "name": "P", "__proto__": {"polluted": "place"}}]}`,
    });
    expect(file.skipped).toEqual(["__proto__: 1 object"]);
    expect(Object.getOwnPropertyNames(file.objects[0]!.extra)).toEqual(["__proto__"]);
  });

  it("imports XML with __proto__ and constructor elements", () => {
    const file = importConfig({
      path: "p.xml",
      content:
        '<ConfData><CfgPlace><DBID value="1"/><name value="P"/>' +
        '<__proto__><polluted value="xml"/></__proto__><constructor value="x"/>' +
        "</CfgPlace></ConfData>",
    });
    const extra = file.objects[0]!.extra;
    expect(Object.getOwnPropertyNames(extra).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(extra, "__proto__")?.value).toEqual({
      polluted: "xml",
    });
  });
});
