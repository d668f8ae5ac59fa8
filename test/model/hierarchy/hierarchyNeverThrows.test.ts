import { hierarchy } from "d3-hierarchy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import { arbitraryModel } from "../rules/arbitraryModel";

/** Every node's path, in tree order. */
const pathsOf = (built: Hierarchy) =>
  Array.from({ length: built.size }, (_, n) => built.pathOf(asNodeId(n)));

describe("buildHierarchy on generated configurations", () => {
  it("never throws, in every pivot, and gives every node its own id", () => {
    fc.assert(
      fc.property(
        arbitraryModel,
        fc.constantFrom("campaign", "callingList", "group" as const),
        (model, pivot) => {
          const built = buildHierarchy(model, pivot);
          const paths = pathsOf(built);
          expect(new Set(paths).size).toBe(
            hierarchy(Hierarchy.ROOT, (n) => built.children(n)).descendants().length,
          );
          expect(paths.map((path) => built.nodeAt(path))).toEqual(paths.map((_, n) => asNodeId(n)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shows every object of the model but persons who are not agents at least once when rooted by campaign", () => {
    fc.assert(
      fc.property(arbitraryModel, (model) => {
        const built = buildHierarchy(model);
        const missing = [...model.objects.values()]
          .filter(
            (o) => built.appearances(o.key).length === 0 && !(o.kind === "person" && !o.isAgent),
          )
          .map((o) => o.key);
        expect(missing).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same ids when built twice", () => {
    fc.assert(
      fc.property(arbitraryModel, (model) => {
        const ids = () => pathsOf(buildHierarchy(model));
        expect(ids()).toEqual(ids());
      }),
      { numRuns: 100 },
    );
  });
});
