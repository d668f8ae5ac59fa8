import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { campaign, loadMutagen } from "./mutagenFixtures";

describe("campaign-without-calling-lists", () => {
  it("flags a campaign with an empty callingLists", () => {
    const model = loadMutagen({ campaigns: [campaign("Sales", ["L"]), campaign("Empty")] });
    expect(findingsOf("campaign-without-calling-lists", model)).toEqual([
      expect.objectContaining({
        severity: "warning",
        name: "Empty",
        message: `Campaign "Empty" has no calling list, so it has no records to dial.`,
      }),
    ]);
  });
});
