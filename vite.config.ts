import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  build: {
    target: "es2022",
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React DOM is most of the first load and changes only with its version: its own
          // chunk stays cached across releases of the app.
          groups: [{ name: "react-dom", test: /node_modules[\\/](react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  worker: {
    format: "es",
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/e2e/**"],
          environment: "node",
          setupFiles: ["test/setup.ts"],
          // The report's styles are read as text (`?raw`) and must be there in tests too.
          css: { include: [/report\.css/] },
          globalSetup: ["test/buildCli.globalSetup.ts"],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.ts"],
          environment: "node",
          // Fails a test whose pages the server's Content Security Policy refused anything.
          setupFiles: ["test/e2e/support/failOnCspRefusals.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
