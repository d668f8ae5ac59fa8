// Component tests opt into jsdom with a `// @vitest-environment jsdom` comment; the matchers
// from jest-dom are harmless in the node environment.
import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/dom";

// The workbench is a chunk loaded when the first configuration opens, behind a worker round
// trip; on a loaded CI machine that takes longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has <dialog> but none of its methods. Components open and close their dialogs as a
// browser would; the top layer and what a modal makes inert are the end-to-end tests' to hold.
if (typeof HTMLDialogElement !== "undefined" && !("showModal" in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    show(this: HTMLDialogElement) {
      this.setAttribute("open", "");
    },
    showModal(this: HTMLDialogElement) {
      this.setAttribute("open", "");
    },
    close(this: HTMLDialogElement, returnValue?: string) {
      if (!this.open) return;
      if (returnValue !== undefined) this.returnValue = returnValue;
      this.removeAttribute("open");
      // A task later, as the browser queues it: a caller that unmounts the dialog on closing
      // it is not told twice.
      setTimeout(() => this.dispatchEvent(new Event("close")), 0);
    },
  });
}

// jsdom has neither matchMedia nor ResizeObserver, which every browser the app runs in has.
// Here no media query matches (neither a narrow nor a large screen, the light theme) and
// nothing is ever resized: the layouts they follow are the end-to-end tests' to hold.
if (typeof window !== "undefined" && typeof window.matchMedia !== "function") {
  window.matchMedia = (media: string): MediaQueryList =>
    Object.assign(new EventTarget(), {
      media,
      matches: false,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
    });
}
if (typeof window !== "undefined" && typeof window.ResizeObserver !== "function") {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
