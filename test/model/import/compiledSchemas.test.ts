import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { compiledSchemas } from "../../../src/model/import/compiledSchemas";

const person = z.object({
  userName: z.string(),
  state: z.enum(["enabled", "disabled"]).nullish(),
  agents: z.array(z.string()).nullish(),
});

describe("compiledSchemas", () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it("gives the same output as the schema it compiled, unknown keys dropped alike", () => {
    const { person: compiled } = compiledSchemas({ person });
    const raw = { userName: "ann", state: "enabled", agents: ["a", "b"], extra: 1 };
    expect(compiled.parse(raw)).toEqual(person.parse(raw));
    expect(compiled.parse(raw)).toEqual({ userName: "ann", state: "enabled", agents: ["a", "b"] });
    expect(compiled).not.toBe(person);
  });

  it("refuses what the schema refuses, with the same issue and path", () => {
    const { person: compiled } = compiledSchemas({ person });
    const raw = { userName: "ann", agents: ["a", 7] };
    const expected = person.safeParse(raw);
    const actual = compiled.safeParse(raw);
    expect(actual.success).toBe(false);
    expect(actual.error?.issues).toEqual(expected.error?.issues);
    expect(actual.error?.issues[0]?.path).toEqual(["agents", 1]);
  });

  it("leaves the schemas as they are where zod may not generate code", () => {
    z.config({ jitless: true });
    const schemas = { person };
    expect(compiledSchemas(schemas)).toBe(schemas);
  });
});
