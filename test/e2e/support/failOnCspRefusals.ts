import { afterAll, afterEach } from "vitest";
import { takeCspRefusals } from "./cspRefusals";

/** Throws, naming each, if the policy refused anything since the last check. */
export function failOnCspRefusals(): void {
  const taken = takeCspRefusals();
  if (taken.length === 0) return;
  throw new Error(
    `The server's Content Security Policy refused ${taken.length} thing(s) the app tried:\n` +
      taken.map((text) => `  - ${text}`).join("\n"),
  );
}

// The e2e project's setup file: every test file gets these, whether or not it remembers.
afterEach(failOnCspRefusals);
// What a file's beforeAll with no test after it, or its afterAll, set off.
afterAll(failOnCspRefusals);
