import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/model/loadConfig";
import { assembleModel, splitModel } from "../../../src/ui/worker/ModelParts";

const model = loadConfig([
  { path: "multi-tenant-raw.json", content: readFileSync("public/samples/multi-tenant-raw.json") },
  {
    path: "contact-centre-mistakes.json",
    content: readFileSync("public/samples/contact-centre-mistakes.json"),
  },
]);

describe("splitModel and assembleModel", () => {
  it("send a model in parts of the given size and put it back together as it was", () => {
    const { parts, end } = splitModel(model, 100);
    expect(model.objects.size).toBe(633);
    expect(parts).toHaveLength(Math.ceil(model.objects.size / 100));
    expect(parts.slice(0, -1).every((part) => part.length === 100)).toBe(true);

    const copy = assembleModel(structuredClone(parts), structuredClone(end));
    expect([...copy.objects.keys()]).toEqual([...model.objects.keys()]);
    expect(copy.objects).toEqual(model.objects);
    expect(copy.byKind).toEqual(model.byKind);
    expect(copy.files).toEqual(model.files);
    expect(copy.carried).toEqual(model.carried);
    expect(copy.byKind.campaign[0]).toBe(copy.objects.get(copy.byKind.campaign[0]!.key));
  });

  it("refuses a model whose parts did not all arrive", () => {
    const { parts, end } = splitModel(model, 100);
    expect(() => assembleModel(parts.slice(1), end)).toThrow(
      `the model came incomplete: ${model.objects.size - 100} of ${model.objects.size} objects`,
    );
  });
});
