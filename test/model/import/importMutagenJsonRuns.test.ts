import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportedFile } from "../../../src/model/config/ConfigModel";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { importConfig } from "../../../src/model/import/importConfig";
import { importMutagenJsonRuns } from "../../../src/model/import/importMutagenJsonRuns";
import { splitJsonObject } from "../../../src/model/import/splitJsonObject";

const EXPORTS = resolve("../shared/samples/mutagen/export-json");
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What importConfig makes of the text read whole (given as a string), or the error it throws. */
function whole(path: string, text: string): ImportedFile | Error {
  try {
    return importConfig({ path, content: text });
  } catch (error) {
    return error as Error;
  }
}

function inRuns(
  path: string,
  bytes: Uint8Array,
  runBytes: number,
): ImportedFile | Error | undefined {
  try {
    return importMutagenJsonRuns(path, bytes, runBytes);
  } catch (error) {
    return error as Error;
  }
}

function runsOf(bytes: Uint8Array, runBytes: number): number {
  const decoder = new TextDecoder();
  const members = splitJsonObject(bytes, (s, e) => decoder.decode(bytes.subarray(s, e)), runBytes);
  return (members ?? []).reduce((n, m) => n + (m.runs?.length ?? 0), 0);
}

const generated = generateConfig({ objects: 3000, seed: 7, defects: 0.1 }).text;

/** A small export as mutagen writes it, pretty-printed, with `persons` as given. */
function exportWith(persons: readonly unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    { __metadata__: { formatName: "JSON" }, tenants: [{ name: "Environment" }], persons, ...extra },
    null,
    2,
  );
}

const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    userName: `agent.${i}`,
    employeeId: `E${i}`,
    state: "enabled",
    tenant: "Environment",
  }));

describe("importMutagenJsonRuns reads an export a run of objects at a time", () => {
  const samples = readdirSync(EXPORTS).filter((name) => name.endsWith(".json"));

  it.each(samples)("reads %s as importConfig reads its whole text", (name) => {
    const bytes = readFileSync(resolve(EXPORTS, name));
    const expected = whole(name, bytes.toString("utf8"));
    for (const runBytes of [1, 200, 1 << 20]) {
      const read = inRuns(name, bytes, runBytes);
      if (read !== undefined) expect(read).toEqual(expected);
    }
    expect(importConfig({ path: name, content: bytes })).toEqual(expected);
  });

  it("reads a generated export in many runs, the same objects in the same order", () => {
    const bytes = encode(generated);
    expect(runsOf(bytes, 4096)).toBeGreaterThan(20);
    const read = importMutagenJsonRuns("gen.json", bytes, 4096);
    expect(read).toBeDefined();
    expect(read).toEqual(whole("gen.json", generated));
  });

  it("names an object refused in a later run by its index in the whole list", () => {
    const persons: unknown[] = people(200);
    persons[150] = { ...(persons[150] as object), userName: 5 };
    const text = exportWith(persons);
    expect(runsOf(encode(text), 256)).toBeGreaterThan(5);
    const error = inRuns("bad.json", encode(text), 256);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe((whole("bad.json", text) as Error).message);
    expect((error as Error).message).toContain("persons[150].userName");
  });

  it("keeps strings that look like structure, escapes and non-ASCII text", () => {
    const persons = people(60).map((p, i) => ({
      ...p,
      firstName: i % 2 ? '}\n  },\n  ] "x" \\' : "Siobhán 東都 😀",
      lastName: "\u2028\u0000\\u0041",
    }));
    const text = exportWith(persons);
    const read = importMutagenJsonRuns("s.json", encode(text), 64);
    expect(read).toBeDefined();
    expect(read).toEqual(whole("s.json", text));
  });

  it("reads members in any order: metadata last, empty lists, other sections and values", () => {
    const text = JSON.stringify(
      {
        switches: people(30),
        persons: people(50),
        places: [],
        campaigns: 3,
        notes: { text: "}\n  ]" },
        __metadata__: { formatName: "COMPACT_JSON" },
      },
      null,
      2,
    );
    const refused = inRuns("order.json", encode(text), 64);
    expect(refused).toBeInstanceOf(Error);
    expect(refused).toEqual(whole("order.json", text));
    expect(
      inRuns("order.json", encode(text.replace('"campaigns": 3', '"campaigns": []')), 64),
    ).toEqual(whole("order.json", text.replace('"campaigns": 3', '"campaigns": []')));
  });

  it("reads a file with Windows line ends or tabs in runs", () => {
    for (const text of [
      exportWith(people(40)).replace(/\n/g, "\r\n"),
      JSON.stringify({ __metadata__: { formatName: "JSON" }, persons: people(40) }, null, "\t"),
    ]) {
      expect(runsOf(encode(text), 64)).toBeGreaterThan(10);
      const read = importMutagenJsonRuns("crlf.json", encode(text), 64);
      expect(read).toBeDefined();
      expect(read).toEqual(whole("crlf.json", text));
    }
  });

  it("takes a UTF-8 byte order mark at the start, as the whole reading does", () => {
    const text = exportWith(people(40));
    const bytes = encode(`\uFEFF${text}`);
    const read = importMutagenJsonRuns("bom.json", bytes, 64);
    expect(read).toBeDefined();
    expect(read).toEqual(whole("bom.json", text));
  });

  const LEFT_TO_THE_WHOLE_READING: readonly [string, string][] = [
    [
      "a syntax error in the last run",
      exportWith(people(80)).replace(/\}\n\s*\]\s*\}\s*$/, "},\n]}"),
    ],
    [
      "a refused object before a syntax error",
      exportWith(people(80).map((p, i) => (i === 3 ? { ...p, userName: 7 } : p))).replace(
        /"agent\.70"/,
        "agent.70",
      ),
    ],
    [
      "an object nested too deep before a syntax error",
      exportWith(
        people(80).map((p, i) =>
          i === 2 ? { ...p, deep: JSON.parse("[".repeat(300) + "]".repeat(300)) } : p,
        ),
      ).replace(/"agent\.70"/, "agent.70"),
    ],
    [
      "an object nested too deep",
      exportWith(
        people(80).map((p, i) =>
          i === 2 ? { ...p, deep: JSON.parse("[".repeat(300) + "]".repeat(300)) } : p,
        ),
      ),
    ],
    [
      "a byte order mark inside the text",
      exportWith(people(80)).replace(/\{(\s*"userName": "agent\.40")/, "\uFEFF{$1"),
    ],
    [
      "two lists of one name",
      exportWith(people(30)).replace(
        /\n\}$/,
        `,\n  "persons": ${JSON.stringify(people(3), null, 2)}\n}`,
      ),
    ],
    ["a member named like an index", exportWith(people(30), { "7": [] })],
    [
      "a list on one line",
      JSON.stringify({ __metadata__: { formatName: "JSON" }, persons: people(30) }),
    ],
    [
      "an inner object closed at the indentation of the list's objects",
      exportWith(people(80).map((p) => ({ nested: { a: 1 }, ...p }))).replace(
        /\n {6}\},/g,
        "\n    },",
      ),
    ],
    [
      "a comma after a list's last object",
      exportWith(people(80)).replace(/\}\n {2}\]\n\}$/, "},\n  ]\n}"),
    ],
    ["a RAW export", exportWith(people(30)).replace('"JSON"', '"RAW"')],
    ["no metadata", exportWith(people(30)).replace('"__metadata__"', '"metadata"')],
    ["text after the object", `${exportWith(people(30))}\n{}`],
    [
      "a control character in a string",
      exportWith(people(30)).replace("agent.12", "agent\u0001.12"),
    ],
  ];

  it.each(LEFT_TO_THE_WHOLE_READING)("leaves %s to the whole reading", (_, text) => {
    const bytes = encode(text);
    expect(inRuns("odd.json", bytes, 1)).toBeUndefined();
    const expected = whole("odd.json", text);
    let got: ImportedFile | Error;
    try {
      got = importConfig({ path: "odd.json", content: bytes });
    } catch (error) {
      got = error as Error;
    }
    expect(got).toEqual(expected);
    if (expected instanceof Error)
      expect(got).toMatchObject({ ...expected, message: expected.message });
  });

  it("leaves UTF-16 and other formats to the whole reading", () => {
    const text = exportWith(people(5));
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    expect(importMutagenJsonRuns("u.json", utf16, 64)).toBeUndefined();
    expect(importMutagenJsonRuns("x.xml", encode("<ConfData></ConfData>"), 64)).toBeUndefined();
    expect(importMutagenJsonRuns("p.json", encode('{"$class": "CfgPerson"}'), 64)).toBeUndefined();
  });
});
