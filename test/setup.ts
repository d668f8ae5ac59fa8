// Component tests opt into jsdom with a `// @vitest-environment jsdom` comment; the matchers
// from jest-dom are harmless in the node environment.
import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/dom";

// The workbench is a chunk loaded when the first configuration opens, behind a worker round
// trip; on a loaded CI machine that takes longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });
