// Component tests opt into jsdom with a `// @vitest-environment jsdom` comment; the matchers
// from jest-dom are harmless in the node environment.
import "@testing-library/jest-dom/vitest";
