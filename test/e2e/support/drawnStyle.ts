import type { Locator } from "playwright-core";

// The page runs this function as sent: no helper of the test runner's transform may be called
// in it, so it defines no named function of its own.

/**
 * The drawn style of `control`, and of a control of the app's class `className` in the same
 * place: an element of the same tag (and, for an input, type) with that class is put beside it
 * for the moment it takes to read, so the two differ only in class.
 */
const controlAndAppStyle = (control: Locator, className: string) =>
  control.evaluate((e, className) => {
    const probe = document.createElement(e.tagName.toLowerCase());
    if (e instanceof HTMLInputElement) probe.setAttribute("type", e.type);
    probe.className = className;
    e.after(probe);
    const [drawn, app] = [e, probe].map((element) => {
      const style = getComputedStyle(element);
      return {
        border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
        radius: style.borderTopLeftRadius,
        background: style.backgroundColor,
        colour: style.color,
        minHeight: style.minHeight,
        font: `${style.fontSize} ${style.fontFamily}`,
      };
    });
    probe.remove();
    return { drawn, app };
  }, className);

/** The drawn style of a select, and of the app's select (`.select`) in the same place. */
export const selectAndAppSelectStyle = (select: Locator) => controlAndAppStyle(select, "select");

/**
 * The drawn style of a text field (text, search, number, address), and of the app's
 * (`.input`) of the same type in the same place.
 */
export const inputAndAppInputStyle = (input: Locator) => controlAndAppStyle(input, "input");
