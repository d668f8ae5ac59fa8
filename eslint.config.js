import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
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
);
