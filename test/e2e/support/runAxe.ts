import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core in the page and returns the serious and critical violations. axe is evaluated
 * through the browser's debugging channel rather than added as a script element, which the
 * server's policy (no inline script) would refuse: the page is checked as it is served.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Colours in the middle of a transition would be checked as they are in that frame: axe
  // waits for the finite animations and transitions running now (an alarm's pulse never ends).
  await page.evaluate(`
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    )
  `);
  await page.evaluate(readFileSync(resolve("node_modules/axe-core/axe.min.js"), "utf8"));
  // A string, not a function: the test runner's transform would add helpers the page lacks.
  const violations = (await page.evaluate(`
    axe.run(document, { resultTypes: ["violations"] }).then((result) =>
      result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      })),
    )
  `)) as AxeViolation[];
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
