import { describe, expect, it } from "vitest";
import { DIAL_MODE, GROUP_TYPE, OBJECT_STATE } from "../../../src/model/config/enums";
import { enumField, enumValue } from "../../../src/model/import/enumField";

describe("enumField and enumValue", () => {
  it.each([1, "1", "Predict", "CFGDMPredict", "dmpredict", "DMPREDICT", " cfgdmpredict "])(
    "accept the dial mode spelled %j and read it as Predict",
    (spelling) => {
      const parsed = enumField(DIAL_MODE, "psdk").parse(spelling);
      expect(enumValue(DIAL_MODE, parsed)).toBe("Predict");
    },
  );

  it("reads an absent value as undefined, for the caller's default", () => {
    expect(enumValue(OBJECT_STATE, undefined)).toBeUndefined();
    expect(enumValue(OBJECT_STATE, null)).toBeUndefined();
  });

  it("refuses an unknown value, listing the values as mutagen spells them", () => {
    const result = enumField(GROUP_TYPE, "mutagen").safeParse("team");
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe("invalid_union");
    const messages =
      issue?.code === "invalid_union" ? issue.errors.flat().map((i) => i.message) : [];
    expect(messages).toContain('expected agentgroup or placegroup, got "team"');
  });

  it("refuses an unknown value, listing the values as the PSDK spells them", () => {
    const result = enumField(OBJECT_STATE, "psdk").safeParse(9);
    const issue = result.error?.issues[0];
    const messages =
      issue?.code === "invalid_union" ? issue.errors.flat().map((i) => i.message) : [];
    expect(messages).toContain(
      "expected one of 0 (CFGNoObjectState), 1 (CFGEnabled), 2 (CFGDisabled), 3 (CFGDeleted), got 9",
    );
  });

  it("refuses a value of another type", () => {
    expect(enumField(DIAL_MODE, "mutagen").safeParse(true).success).toBe(false);
    expect(enumField(DIAL_MODE, "mutagen").safeParse({ name: "dmpredict" }).success).toBe(false);
  });
});
