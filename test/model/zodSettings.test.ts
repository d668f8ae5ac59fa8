import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MUTAGEN_JSON_SCHEMAS } from "../../src/model/import/mutagenJsonSchemas";

describe("zod settings", () => {
  it("builds the importers' schemas without compiling code, which the app's CSP forbids", () => {
    expect(MUTAGEN_JSON_SCHEMAS.campaign).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });
});
