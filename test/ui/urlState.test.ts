import { describe, expect, it } from "vitest";
import { asNodePath } from "../../src/model/config/ids";
import { formatUrlState, parseUrlState } from "../../src/ui/shared/url/urlState";

describe("urlState", () => {
  it("round-trips the shareable state and leaves defaults out", () => {
    const state = parseUrlState(
      "?config=samples%2Fa.json&pivot=group&view=findings&node=tenant%3AEnv%2Fcampaign%3AS",
    );
    expect(state).toEqual({
      config: "samples/a.json",
      pivot: "group",
      view: "findings",
      node: asNodePath("tenant:Env/campaign:S"),
      renderer: "canvas",
      filter: null,
      focus: null,
      main: "tree",
      wallboard: false,
    });
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
    expect(formatUrlState({ ...state, pivot: "campaign", view: "outline", node: null })).toBe(
      "?config=samples%2Fa.json",
    );
  });

  it("opens the alarm list from ?view=alarms and writes it back", () => {
    const state = parseUrlState("?view=alarms");
    expect(state.view).toBe("alarms");
    expect(formatUrlState(state)).toBe("?view=alarms");
  });

  it("falls back to the defaults for unknown values", () => {
    expect(parseUrlState("?pivot=team&view=tree")).toMatchObject({
      pivot: "campaign",
      view: "outline",
      config: null,
    });
  });

  it("keeps parameters other features own, such as ?stats=", () => {
    const next = formatUrlState(
      { ...parseUrlState("?stats=off"), pivot: "callingList" },
      "?stats=off",
    );
    expect(new URLSearchParams(next).get("stats")).toBe("off");
    expect(new URLSearchParams(next).get("pivot")).toBe("callingList");
  });

  it("reproduces a filter and a focus from a link, and ignores an unknown filter", () => {
    const state = parseUrlState("?filter=findings&focus=tenant%3AEnv%2Fcampaign%3AS");
    expect(state.filter).toBe("findings");
    expect(state.focus).toBe(asNodePath("tenant:Env/campaign:S"));
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
    expect(parseUrlState("?filter=alarms").filter).toBe("alarms");
    expect(parseUrlState("?filter=everything&focus=").filter).toBeNull();
    expect(parseUrlState("?focus=").focus).toBeNull();
    expect(formatUrlState({ ...state, filter: null, focus: null })).toBe("");
  });

  it("keeps the grid and its wallboard, which only the grid has", () => {
    const wall = parseUrlState("?main=grid&wallboard=1");
    expect(wall).toMatchObject({ main: "grid", wallboard: true });
    expect(formatUrlState(wall)).toBe("?main=grid&wallboard=1");
    expect(parseUrlState("?wallboard=1")).toMatchObject({ main: "tree", wallboard: false });
    expect(parseUrlState("?main=table")).toMatchObject({ main: "tree" });
    expect(formatUrlState({ ...wall, main: "tree" })).toBe("");
    expect(formatUrlState({ ...wall, wallboard: false })).toBe("?main=grid");
  });
});
