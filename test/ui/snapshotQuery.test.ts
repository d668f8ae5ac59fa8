import { afterEach, describe, expect, it, vi } from "vitest";
import { SignInRequiredError } from "../../src/ui/stats/SignInRequiredError";
import { fetchSnapshot } from "../../src/ui/stats/snapshotQuery";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchSnapshot", () => {
  it("says a sign-in is needed when the server answers 401, and other failures as they are", async () => {
    vi.stubGlobal("fetch", async () => new Response("{}", { status: 401 }));
    await expect(fetchSnapshot()).rejects.toBeInstanceOf(SignInRequiredError);
    vi.stubGlobal("fetch", async () => new Response("{}", { status: 503 }));
    await expect(fetchSnapshot()).rejects.toThrow(/HTTP 503/);
  });
});
