import { describe, expect, it } from "vitest";
import { LazyJsonArray } from "../../../src/model/json/LazyJsonArray";
import { jsonInParts } from "../../../src/model/json/jsonInParts";

const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const written = (value: object) => [...jsonInParts(value)].join("");

describe("jsonInParts", () => {
  it("writes a report with lazy lists at several depths as JSON.stringify writes it whole", () => {
    const findings = [{ name: "Sales", line: 3 }, { name: "Team A" }, { name: "x", list: [] }];
    const report = {
      $schema: "https://example.org/schema.json",
      runs: [
        {
          tool: { driver: { name: "campaign-lens", rules: [{ id: "a" }, { id: "b" }] } },
          skipped: undefined,
          artifacts: [],
          results: new LazyJsonArray(findings, (f) => ({ ...f, seen: true, nested: { a: [1] } })),
          none: new LazyJsonArray([], (n: number) => n),
        },
        null,
      ],
      summary: { error: 1, warning: 0 },
      top: new LazyJsonArray(["a", "b"], (s) => [s, undefined, { s }]),
    };
    expect(written(report)).toBe(whole(report));
  });

  it("escapes control, invisible and lone surrogate characters as JSON.stringify does", () => {
    const names = [
      "Sales\u001b[2J",
      "tab\there",
      "line\nbreak",
      "\u2028\u200b",
      "\ud800 lone",
      'q"\\',
    ];
    const report = {
      files: [{ path: "a\u0000b.json" }],
      findings: new LazyJsonArray(names, (name) => ({ name, message: `"${name}" is odd` })),
      [`key\u0007${names[3]}`]: names,
    };
    const text = written(report);
    expect(text).toBe(whole(report));
    expect([...text].filter((c) => c < " " && c !== "\n")).toEqual([]);
    expect(text).toContain("Sales\\u001b[2J");
  });

  it("makes each element of a lazy list only as it is read, in a part of its own", () => {
    let made = 0;
    const report = {
      findings: new LazyJsonArray([1, 2, 3, 4], (n) => {
        made += 1;
        return { n };
      }),
    };
    const parts = jsonInParts(report);
    const read = [parts.next().value, parts.next().value];
    expect(made).toBe(1);
    read.push(...parts);
    expect(made).toBe(4);
    expect(read.filter((part) => part?.includes('"n"'))).toHaveLength(4);
  });

  it("writes a value with no lazy list whole", () => {
    const value = { a: [1, { b: "c" }], d: {} };
    expect([...jsonInParts(value)]).toEqual([JSON.stringify(value, null, 2), "\n"]);
  });

  it("writes lazy lists within lazy lists", () => {
    const report = {
      runs: new LazyJsonArray([2, 0, 1], (n) => ({
        results: new LazyJsonArray(
          Array.from({ length: n }, (_, i) => i),
          (i) => ({ i }),
        ),
      })),
    };
    expect(written(report)).toBe(whole(report));
  });

  it("refuses an object with its own toJSON around a lazy list, which it would not call", () => {
    const report = { toJSON: () => "replaced", findings: new LazyJsonArray([1], (n) => n) };
    expect(() => [...jsonInParts({ report })]).toThrow(/toJSON/);
  });
});
