import { describe, expect, it } from "vitest";
import { isPlainName } from "../../../src/model/rules/isPlainName";

/** What the name checks look for: white space, controls, format characters, separators. */
const LOOKED_FOR = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0\u2007\u202F]/u;

describe("isPlainName", () => {
  it("passes ordinary names in Latin, Cyrillic, Japanese and Korean script, with single spaces", () => {
    for (const name of [
      "Sales",
      "Survey_Q1@Team_Glasgow_51",
      "Banque Étoile",
      "Северный_Контакт",
      "東都カスタマーケア",
      "서울 센터",
      "Rappel – 2026",
    ]) {
      expect(isPlainName(name), name).toBe(true);
    }
  });

  it("stops an empty name and names with a leading, trailing or double space", () => {
    for (const name of ["", " ", " Sales", "Sales ", "Team  A", "Team\tA", "Team\u3000A"]) {
      expect(isPlainName(name), JSON.stringify(name)).toBe(false);
    }
  });

  it("stops zero-width, no-break, bidirectional and control characters", () => {
    for (const name of [
      "Sales\u200BEast",
      "Team\u00A0A",
      "Team\u202FA",
      "Team\u2007A",
      "\u202Eevil",
      "Sales\u00AD",
      "Sales\uFEFF",
      "Sales\u0000",
      "Sales\u0085",
      "Sales\u2028",
      "\u0627\u061C\u0628",
    ]) {
      expect(isPlainName(name), JSON.stringify(name)).toBe(false);
    }
  });

  it("stops characters beyond the BMP, whose surrogates it does not judge", () => {
    expect(isPlainName("Team \u{1F600}")).toBe(false);
    expect(isPlainName("Sales\u{E0001}")).toBe(false);
  });

  it("passes no code unit but the ordinary space that the white-space or invisible-character check looks for", () => {
    const passed: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code === 0x20) continue;
      const char = String.fromCharCode(code);
      if (isPlainName(`a${char}b`) && LOOKED_FOR.test(char)) passed.push(code.toString(16));
    }
    expect(passed).toEqual([]);
  });
});
