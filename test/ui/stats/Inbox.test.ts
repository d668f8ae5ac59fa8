import { describe, expect, it } from "vitest";
import { Inbox } from "../../../src/ui/stats/Inbox";

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("Inbox", () => {
  it("handles messages later, in the order they arrived", async () => {
    const handled: number[] = [];
    const inbox = new Inbox<number>((n) => handled.push(n));
    inbox.push(1);
    inbox.push(2);
    inbox.push(3);
    expect(handled).toEqual([]);
    await settle();
    expect(handled).toEqual([1, 2, 3]);
  });

  it("drops what is waiting when cleared (the feed stopped)", async () => {
    const handled: number[] = [];
    const inbox = new Inbox<number>((n) => handled.push(n));
    inbox.push(1);
    inbox.clear();
    inbox.push(2);
    await settle();
    expect(handled).toEqual([2]);
  });
});
