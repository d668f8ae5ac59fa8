import { describe, expect, it } from "vitest";
import * as z from "zod";

describe("zodWithoutEval", () => {
  it("turns off zod's compiled parsers, which the app's CSP forbids, before any schema is built", async () => {
    expect(z.config().jitless).toBeFalsy();
    await import("../../src/ui/zodWithoutEval");
    expect(z.config().jitless).toBe(true);
  });
});
