import type { Locator } from "playwright-core";
import { expect } from "vitest";

/**
 * Asserts that a person can see and reach a control: its centre is inside the viewport and
 * the element drawn there is the control itself (or something inside it), not a dialog's
 * backdrop, a banner or a panel lying over it.
 */
export async function expectOnTop(
  control: Locator,
  what: string,
  options: { readonly scrollPage?: boolean } = {},
): Promise<void> {
  // A control in the page (not in a dialog or a card) is reached by scrolling, as a person would.
  const verdict = await control.evaluate((element, scrollPage) => {
    if (scrollPage) element.scrollIntoView({ block: "center", behavior: "instant" });
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (box.width === 0 || box.height === 0) return "has no size";
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) {
      return `is outside the viewport (centre at ${Math.round(x)},${Math.round(y)} of ${window.innerWidth}x${window.innerHeight})`;
    }
    const hit = document.elementFromPoint(x, y);
    if (hit === null) return "is under nothing at all";
    if (hit === element || element.contains(hit)) return "on top";
    const classes = typeof hit.className === "string" ? hit.className.trim() : "";
    return `is covered by ${hit.tagName.toLowerCase()}${classes ? `.${classes.split(/\s+/).join(".")}` : ""} "${(hit.textContent ?? "").trim().slice(0, 40)}"`;
  }, options.scrollPage ?? false);
  expect(`${what} ${verdict}`).toBe(`${what} on top`);
}
