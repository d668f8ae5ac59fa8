import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./launchChromium";
import { serveUnderCsp, type CspServer } from "./serveUnderCsp";

/** The server and the browser of one test file, there from its `beforeAll` on. */
export interface ChromiumUnderCsp {
  readonly server: CspServer;
  readonly browser: Browser;
}

/**
 * Serves the built app under the server's CSP and launches Chromium once for the test file
 * that calls it, closing both after its tests.
 */
export function chromiumUnderCsp(options?: Parameters<typeof serveUnderCsp>[0]): ChromiumUnderCsp {
  let server: CspServer | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    server = await serveUnderCsp(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("the server starts in beforeAll");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the browser starts in beforeAll");
      return browser;
    },
  };
}
