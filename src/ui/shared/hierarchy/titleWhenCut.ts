import type { PointerEventHandler } from "react";

/**
 * A pointer-enter handler that gives an element its whole text as a tooltip when its width
 * cuts it off (`text-overflow: ellipsis`), and none when it shows whole: a tooltip repeating
 * what is in view would only be read twice by a screen reader. `text` is plain text, with the
 * characters that do not show written out (`plainVisibleName`).
 */
export function titleWhenCut(text: string): PointerEventHandler<HTMLElement> {
  return (event) => {
    const element = event.currentTarget;
    if (element.scrollWidth > element.clientWidth) element.title = text;
    else element.removeAttribute("title");
  };
}
