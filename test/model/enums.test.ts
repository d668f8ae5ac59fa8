import { describe, expect, it } from "vitest";
import {
  DIAL_MODE,
  OBJECT_STATE,
  OPERATION_MODE,
  GROUP_TYPE,
  parseEnum,
} from "../../src/model/config/enums";

describe("parseEnum", () => {
  it("reads a dial mode spelled as an integer, a PSDK constant or a mutagen short form", () => {
    expect(parseEnum(DIAL_MODE, 1)).toBe("Predict");
    expect(parseEnum(DIAL_MODE, "CFGDMPredict")).toBe("Predict");
    expect(parseEnum(DIAL_MODE, "dmpredict")).toBe("Predict");
    expect(parseEnum(DIAL_MODE, "1")).toBe("Predict");
  });

  it("reads object states and operation modes in mutagen's short form", () => {
    expect(parseEnum(OBJECT_STATE, "enabled")).toBe("Enabled");
    expect(parseEnum(OBJECT_STATE, "CFGDisabled")).toBe("Disabled");
    expect(parseEnum(OPERATION_MODE, "ommanual")).toBe("Manual");
    expect(parseEnum(GROUP_TYPE, "agentgroup")).toBe("AgentGroup");
    expect(parseEnum(GROUP_TYPE, "placegroup")).toBe("PlaceGroup");
  });

  it("answers undefined for a value that is none of the spellings", () => {
    expect(parseEnum(DIAL_MODE, "team")).toBeUndefined();
    expect(parseEnum(DIAL_MODE, 42)).toBeUndefined();
  });
});
