import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen } from "./mutagenFixtures";

function buffers(extra: object) {
  return findingsOf(
    "record-buffer-sizes",
    loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A", "agentgroup", extra)],
      agentGroups: [agentGroup("Team A")],
    }),
  );
}

describe("record-buffer-sizes", () => {
  it("flags minRecBuffSize 0", () => {
    const [finding] = buffers({ minRecBuffSize: 0, optRecBuffSize: 6 });
    expect(finding?.message).toBe(
      `Campaign group "Sales@Team A": minRecBuffSize is 0, so the record buffer runs dry before it is refilled.`,
    );
    expect(finding?.suggestion).toBe("minRecBuffSize 3, optRecBuffSize 6");
  });

  it("flags a minimum not below the optimum", () => {
    const [finding] = buffers({ minRecBuffSize: 8, optRecBuffSize: 8 });
    expect(finding?.message).toContain("minRecBuffSize 8 is not below optRecBuffSize 8");
    expect(finding?.severity).toBe("warning");
  });

  it("compares an unset size by Configuration Server's default (3 and 6), and says so", () => {
    expect(buffers({ minRecBuffSize: 7 })[0]?.message).toContain(
      "minRecBuffSize 7 is not below optRecBuffSize 6 (unset, so Configuration Server's default)",
    );
    expect(buffers({ optRecBuffSize: 3 })[0]?.message).toContain(
      "minRecBuffSize 3 (unset, so Configuration Server's default) is not below optRecBuffSize 3",
    );
    expect(buffers({ optRecBuffSize: 4 })).toEqual([]);
    expect(buffers({})).toEqual([]);
  });
});
