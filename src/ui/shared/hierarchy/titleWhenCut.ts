import type { PointerEventHandler } from "react";

/**
 * Pointer handlers that give an element its whole text as a tooltip while the pointer is over
 * it and its width cuts it off (`text-overflow: ellipsis`), and none when it shows whole: a
 * tooltip repeating what is in view would only be read twice by a screen reader. The tooltip
 * goes when the pointer leaves, so an element a list reuses for another name never shows the
 * last one's. `text` gives plain text, with the characters that do not show written out
 * (`plainVisibleName`); it is asked for only when the pointer comes.
 */
export function titleWhenCut(text: () => string): {
  onPointerEnter: PointerEventHandler<HTMLElement>;
  onPointerLeave: PointerEventHandler<HTMLElement>;
} {
  return {
    onPointerEnter: (event) => {
      const element = event.currentTarget;
      if (element.scrollWidth > element.clientWidth) element.title = text();
      else element.removeAttribute("title");
    },
    onPointerLeave: (event) => event.currentTarget.removeAttribute("title"),
  };
}
