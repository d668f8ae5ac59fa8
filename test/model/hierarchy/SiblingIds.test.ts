import { describe, expect, it } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
import { ROOT_ID, SiblingIds } from "../../../src/model/hierarchy/SiblingIds";

const TENANT = asNodeId("tenant:T");

describe("SiblingIds", () => {
  it("numbers the second and third child of one kind and name ;2 and ;3", () => {
    const ids = new SiblingIds(TENANT);
    expect([
      ids.next("campaign", "Sales"),
      ids.next("campaign", "Retention"),
      ids.next("campaign", "Sales"),
      ids.next("campaign", "Sales"),
    ]).toEqual([
      "tenant:T/campaign:Sales",
      "tenant:T/campaign:Retention",
      "tenant:T/campaign:Sales;2",
      "tenant:T/campaign:Sales;3",
    ]);
  });

  it("does not number a name again under another parent", () => {
    const first = new SiblingIds(asNodeId("tenant:T/groupAgents:A"));
    const second = new SiblingIds(asNodeId("tenant:T/groupAgents:B"));
    expect(first.next("agent", "ann")).toBe("tenant:T/groupAgents:A/agent:ann");
    expect(second.next("agent", "ann")).toBe("tenant:T/groupAgents:B/agent:ann");
    expect(first.next("agent", "ann")).toBe("tenant:T/groupAgents:A/agent:ann;2");
  });

  it("counts each kind apart: a campaign group and a calling list entry may share a name", () => {
    const ids = new SiblingIds(asNodeId("tenant:T/campaign:Sales"));
    expect([
      ids.next("campaignGroup", "X"),
      ids.next("campaignCallingList", "X"),
      ids.next("campaignGroup", "X"),
      ids.next("campaignCallingList", "X"),
    ]).toEqual([
      "tenant:T/campaign:Sales/campaignGroup:X",
      "tenant:T/campaign:Sales/campaignCallingList:X",
      "tenant:T/campaign:Sales/campaignGroup:X;2",
      "tenant:T/campaign:Sales/campaignCallingList:X;2",
    ]);
  });

  it("keeps counting past the point where a parent with many children switches to a Map", () => {
    const ids = new SiblingIds(TENANT);
    const names = ["dup", ...Array.from({ length: 40 }, (_, i) => `n${i}`), "dup", "n3", "dup"];
    const got = names.map((name) => ids.next("agent", name));
    expect(got.slice(-3)).toEqual([
      "tenant:T/agent:dup;2",
      "tenant:T/agent:n3;2",
      "tenant:T/agent:dup;3",
    ]);
    expect(new Set(got).size).toBe(got.length);
  });

  it("escapes %, /, : and ; in names, so that no name can forge a path or a number", () => {
    const ids = new SiblingIds(TENANT);
    expect(ids.next("campaign", "a/campaign:b")).toBe("tenant:T/campaign:a%2Fcampaign%3Ab");
    expect(ids.next("campaign", "a;2")).toBe("tenant:T/campaign:a%3B2");
    expect(ids.next("campaign", "a%3B2")).toBe("tenant:T/campaign:a%253B2");
    expect(ids.next("campaign", "Sales@Team A")).toBe("tenant:T/campaign:Sales@Team A");
  });

  it("escapes a lone UTF-16 surrogate, which a URL cannot carry, and keeps it apart from U+FFFD", () => {
    const ids = new SiblingIds(TENANT);
    expect(ids.next("place", "P\uFFFD")).toBe("tenant:T/place:P\uFFFD");
    expect(ids.next("place", "P\uD800")).toBe("tenant:T/place:P%uD800");
    expect(ids.next("place", "\uDC00P")).toBe("tenant:T/place:%uDC00P");
    expect(ids.next("place", "P%uD800")).toBe("tenant:T/place:P%25uD800");
    expect(ids.next("place", "P\u{1F600}")).toBe("tenant:T/place:P\u{1F600}");
  });

  it("leaves the root's children without a leading slash, and gives Unassigned a bare word", () => {
    const ids = new SiblingIds(ROOT_ID);
    expect(ids.next("tenant", "Banque Étoile")).toBe("tenant:Banque Étoile");
    expect(new SiblingIds(TENANT).fixed("unassigned")).toBe("tenant:T/unassigned");
  });
});
