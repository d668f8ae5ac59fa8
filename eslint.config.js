import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import boundaries from "eslint-plugin-boundaries";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";

// The model (src/model) must stay free of React and of the Node side, so that the browser,
// a Web Worker, the CLI and the server all run the same code. These restrictions hold the
// direction of imports: ui -> model, node -> model, never the reverse.
const noReactOrNode = {
  patterns: [
    {
      group: ["react", "react-dom", "react/*", "@tanstack/react-*"],
      message: "src/model has no React in it.",
    },
    {
      group: ["**/ui/**", "**/node/**"],
      message: "src/model must not import from the UI or the Node side.",
    },
    {
      group: ["node:*", "fs", "path", "http"],
      message: "src/model runs in the browser too: no Node built-ins.",
    },
  ],
};

// The UI has three layers (docs/architecture.md, "Layers"): the app wires features together,
// a feature is one folder that uses only shared building blocks, and shared building blocks
// use nothing above them. Every layer may use the worker API and the model. One feature never
// imports another: what two features need moves to src/ui/shared, and where a feature shows
// another feature's component the app passes it in or a slots contract in shared carries it.
// The review tools' own state (src/ui/shared/review) is for the review tools and the app
// alone: the other features see the review only through its slots (shared/reviewSlots).
// The entry files beside these folders (main.tsx and the zod set-up it shares with the
// worker) sit above every layer.
const uiElements = [
  { type: "app", pattern: "src/ui/app", partialMatch: false },
  // Before "shared", which would otherwise claim it.
  { type: "reviewState", pattern: "src/ui/shared/review", partialMatch: false },
  { type: "shared", pattern: "src/ui/shared", partialMatch: false },
  {
    type: "reviewTool",
    pattern: "src/ui/review/*",
    capture: ["feature"],
    partialMatch: false,
  },
  {
    type: "feature",
    pattern: ["src/ui/features/*", "src/ui/stats"],
    capture: ["feature"],
    partialMatch: false,
  },
  { type: "worker", pattern: "src/ui/worker", partialMatch: false },
  { type: "model", pattern: "src/model", partialMatch: false },
];
const below = {
  app: ["feature", "reviewTool", "reviewState", "shared", "worker", "model"],
  feature: ["shared", "worker", "model"],
  reviewTool: ["reviewState", "shared", "worker", "model"],
  reviewState: ["shared", "worker", "model"],
};
const uiPolicies = [
  {
    from: { element: { type: "app" } },
    allow: { to: { element: { types: { anyOf: below.app } } } },
  },
  {
    from: { element: { type: "feature" } },
    allow: { to: { element: { types: { anyOf: below.feature } } } },
  },
  {
    from: { element: { type: "reviewTool" } },
    allow: { to: { element: { types: { anyOf: below.reviewTool } } } },
  },
  {
    from: { element: { type: "reviewState" } },
    allow: { to: { element: { types: { anyOf: below.reviewState } } } },
  },
  {
    from: { element: { type: "shared" } },
    allow: { to: { element: { types: { anyOf: ["worker", "model"] } } } },
  },
  { from: { element: { type: "worker" } }, allow: { to: { element: { type: "model" } } } },
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      ".bench/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        {
          // zod's `z` is an object holding all of zod: a bundler keeps every part of it.
          // Imported as a namespace, only the parts used are bundled.
          selector: "ImportDeclaration[source.value=/^zod/] > ImportSpecifier",
          message: 'Import zod as a namespace: import * as z from "zod" (or "zod/mini").',
        },
      ],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}", "test/ui/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: { "no-restricted-imports": ["error", noReactOrNode] },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/node/**", "node:*"], message: "The UI must not import the Node side." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    plugins: { boundaries, "import-x": importX },
    settings: {
      "boundaries/elements": uiElements,
      "import/resolver": { typescript: true },
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver()],
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "disallow", policies: uiPolicies }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
);
