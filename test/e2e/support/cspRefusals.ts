import type { Browser, ConsoleMessage } from "playwright-core";

/*
 * A refusal by the server's Content Security Policy is a bug (in the app, or in the policy), and
 * no test file should have to remember to look for one: every browser the end-to-end tests
 * launch is watched here, and the e2e project's setup file (failOnCspRefusals) fails the test
 * in whose run a page or worker was refused anything. Chromium says so on the console of the
 * frame or worker that was refused, naming the directive and the address.
 */

const refused: string[] = [];

/*
 * Chromium does not put a worker's refusals on the console the tests see; the worker's own
 * `securitypolicyviolation` event does, from when it is listened for (the worker's first
 * statements run before that), through the worker's console, which reaches the page's.
 */
const REPORT_IN_WORKER = `self.addEventListener("securitypolicyviolation", (event) =>
  console.error("Refused " + event.blockedURI + " in the worker " + self.location.href +
    ": it violates the Content Security Policy directive " + event.effectiveDirective),
)`;

function record(message: ConsoleMessage): void {
  if (!/Content Security Policy/i.test(message.text())) return;
  const where = message.location().url;
  refused.push(where ? `${message.text()} (in ${where})` : message.text());
}

/** Records what the policy refuses in every page and worker `browser` opens from now on. */
export function watchCspRefusals(browser: Browser): Browser {
  browser.on("context", (context) => {
    context.on("console", record);
    context.on("page", (page) =>
      page.on("worker", (worker) => {
        // A worker that ends before it is reached has nothing more to refuse.
        worker.evaluate(REPORT_IN_WORKER).catch(() => undefined);
      }),
    );
  });
  return browser;
}

/** The refusals recorded since the last call, which are then forgotten. */
export function takeCspRefusals(): string[] {
  return refused.splice(0);
}
