import { describe, expect, it, vi } from "vitest";
import { resolveStatId } from "../../src/ui/features/search/resolveStatId";
import { sampleHierarchy } from "./hierarchyFixture";

const { hierarchy, idOf } = sampleHierarchy();

describe("resolveStatId", () => {
  it("finds every node with exactly that id", () => {
    const found = resolveStatId(hierarchy, "Leads");
    expect(found.status).toBe("found");
    if (found.status === "found") {
      expect(found.nodes.map(idOf)).toEqual(["cl:Sales/Leads", "cl:Retention/Leads"]);
    }
  });

  it("says why an id with spaces around it or in another case is not found", () => {
    const spaced = resolveStatId(hierarchy, " Sales ");
    expect(spaced.status === "missing" && spaced.reasons).toContain(
      "The id has spaces around it; Stat Server would need exactly “Sales”.",
    );
    const cased = resolveStatId(hierarchy, "RETENTION");
    expect(cased.status === "missing" && cased.reasons).toContain(
      "Stat Server ids are case-sensitive: the existing id is “Retention”.",
    );
  });

  it("offers the configured name's real id first, then the nearest ids", () => {
    const result = resolveStatId(hierarchy, "Team A");
    expect(result.status).toBe("missing");
    if (result.status === "missing") {
      expect(result.nearest[0]).toMatchObject({ statId: "Sales@Agents", distance: 0 });
      expect(idOf(result.nearest[0]!.node)).toBe("cg:Sales/Team A");
    }
    const typo = resolveStatId(hierarchy, "Retentoin");
    expect(typo.status === "missing" && typo.nearest.map((near) => near.statId)).toEqual([
      "Retention",
    ]);
  });

  it("compares ids where the hierarchy holds them, slicing out none it cannot match", () => {
    const statId = vi.spyOn(hierarchy, "statId");
    const name = vi.spyOn(hierarchy, "name");
    try {
      const found = resolveStatId(hierarchy, "Sales@Agents");
      expect(found.status === "found" && found.nodes.map(idOf)).toEqual(["cg:Sales/Team A"]);
      expect(statId).not.toHaveBeenCalled();
      expect(name).not.toHaveBeenCalled();
    } finally {
      statId.mockRestore();
      name.mockRestore();
    }
  });

  it("says which campaign a composed id names and what it has", () => {
    const result = resolveStatId(hierarchy, "Sales@Nobody");
    expect(result.status === "missing" && result.reasons).toEqual([
      "Campaign “Sales” has no group or calling list “Nobody”; it has “Agents”, “Leads”.",
    ]);
    const unknown = resolveStatId(hierarchy, "Nope@Team");
    expect(unknown.status === "missing" && unknown.reasons).toEqual([
      "No campaign is named “Nope”, so no “Nope@…” id exists.",
    ]);
  });
});
