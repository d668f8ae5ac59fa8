import { describe, expect, it } from "vitest";
import { campaignStatus } from "../../../src/model/stats/campaignStatus";

describe("campaignStatus", () => {
  it("is Running when any group runs", () => {
    expect(campaignStatus(["Deactivated", "Running", "Activated"])).toBe("Running");
  });
  it("is Activated when no group runs and one is activated", () => {
    expect(campaignStatus(["Deactivated", "Activated", null])).toBe("Activated");
  });
  it("is Deactivated when every known group is deactivated", () => {
    expect(campaignStatus(["Deactivated", null])).toBe("Deactivated");
  });
  it("is unknown when no group has reported", () => {
    expect(campaignStatus([null, null])).toBeNull();
    expect(campaignStatus([])).toBeNull();
  });
});
