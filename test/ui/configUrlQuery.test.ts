// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchConfigFile } from "../../src/ui/shared/load/configUrlQuery";

afterEach(() => vi.unstubAllGlobals());

describe("fetchConfigFile", () => {
  it("keeps the body as a Blob, for the worker to read, named after the URL's last segment", async () => {
    vi.stubGlobal("fetch", () => Promise.resolve(new Response('{"x": 1}', { status: 200 })));
    const input = await fetchConfigFile("/configs/Sales%20team.json");
    expect(input.path).toBe("Sales team.json");
    // Node's Blob, which its Response gives: not jsdom's, so not checked with instanceof.
    expect(input.content).not.toBeInstanceOf(Uint8Array);
    expect(typeof input.content).toBe("object");
    expect(await (input.content as Blob).text()).toBe('{"x": 1}');
  });
});
