import { describe, expect, it } from "vitest";
import { loadHierarchy } from "../../src/node/server/loadHierarchy";
import { startTestServer } from "./startTestServer";

const FILES = [
  "test/fixtures/import/sensitive/persons.xml",
  "test/fixtures/import/sensitive/persons-raw.json",
  "../shared/samples/mutagen/export-json/persons-config.json",
];

describe("configurations served to the app", () => {
  it("never hold a password or other secret the file had", async () => {
    const loaded = await loadHierarchy(FILES);
    const server = await startTestServer({ configFiles: loaded.files });
    try {
      for (const [index, file] of loaded.files.entries()) {
        const response = await fetch(
          `${server.url}/api/config/${index}/${encodeURIComponent(file.name)}`,
        );
        expect(response.status).toBe(200);
        const text = await response.text();
        expect(text).not.toMatch(/S3cr3t|password/i);
        expect(text).toMatch(/ana\.silva|cfgObjectTest/);
      }
    } finally {
      await server.close();
    }
  });
});
