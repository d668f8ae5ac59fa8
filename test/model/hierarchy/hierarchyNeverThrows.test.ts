import { hierarchy } from "d3-hierarchy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { treeOf } from "../../../src/model/hierarchy/treeOf";
import { indexHierarchy } from "../../../src/ui/shared/hierarchy/NodeIndex";
import { arbitraryModel } from "../rules/arbitraryModel";

describe("buildHierarchy on generated configurations", () => {
  it("never throws, in every pivot, and gives every node its own id", () => {
    fc.assert(
      fc.property(
        arbitraryModel,
        fc.constantFrom("campaign", "callingList", "group" as const),
        (model, pivot) => {
          const root = treeOf(buildHierarchy(model, pivot));
          const index = indexHierarchy(root);
          expect(index.nodes.size).toBe(hierarchy(root, (n) => n.children).descendants().length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shows every object of the model but persons who are not agents at least once when rooted by campaign", () => {
    fc.assert(
      fc.property(arbitraryModel, (model) => {
        const { appearances } = indexHierarchy(treeOf(buildHierarchy(model)));
        const missing = [...model.objects.values()]
          .filter((o) => !appearances.has(o.key) && !(o.kind === "person" && !o.isAgent))
          .map((o) => o.key);
        expect(missing).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same ids when built twice", () => {
    fc.assert(
      fc.property(arbitraryModel, (model) => {
        const ids = () => [...indexHierarchy(treeOf(buildHierarchy(model))).nodes.keys()];
        expect(ids()).toEqual(ids());
      }),
      { numRuns: 100 },
    );
  });
});
