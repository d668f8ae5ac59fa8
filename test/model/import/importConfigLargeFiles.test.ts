import { describe, expect, it } from "vitest";
import { importConfig } from "../../../src/model/import/importConfig";

const MB = 1024 * 1024;

function bigMutagenJson(minBytes: number): { text: string; persons: number } {
  const note = "x".repeat(300);
  const persons: string[] = [];
  let size = 0;
  for (let i = 0; size < minBytes; i++) {
    const person = JSON.stringify({
      userName: `agent${i}`,
      employeeId: `E${i}`,
      tenant: "Environment",
      agent: true,
      state: "enabled",
      userProperties: { notes: { text: note } },
    });
    persons.push(person);
    size += person.length + 1;
  }
  const text = `{"__metadata__":{"formatName":"JSON"},"persons":[\n${persons.join(",\n")}\n]}`;
  return { text, persons: persons.length };
}

function bigPsdkXml(minBytes: number): { text: string; places: number } {
  const parts = ["<ConfData>\n"];
  let size = 0;
  let i = 0;
  for (; size < minBytes; i++) {
    const place =
      `<CfgPlace><DBID value="${i + 1}"/><tenantDBID value="1"/><name value="Place ${i}"/>` +
      `<state value="1"/><DNDBIDs><DBID value="${i + 1}"/></DNDBIDs></CfgPlace>\n`;
    parts.push(place);
    size += place.length;
  }
  parts.push("</ConfData>\n");
  return { text: parts.join(""), places: i };
}

describe("importConfig loads large files", () => {
  it("loads a 50 MB mutagen JSON export given as bytes", () => {
    const { text, persons } = bigMutagenJson(50 * MB);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThanOrEqual(50 * MB);
    const file = importConfig({ path: "big.json", content: bytes });
    expect(file.objects).toHaveLength(persons);
    expect(file.objects[persons - 1]).toMatchObject({
      name: `agent${persons - 1}`,
      employeeId: `E${persons - 1}`,
      source: { path: "persons", index: persons - 1 },
    });
  });

  // saxes reads about 20 MB/s, so 15 MB keeps this test to a second or so.
  it("loads a 15 MB Configuration Server XML file, locating its last object", () => {
    const { text, places } = bigPsdkXml(15 * MB);
    const file = importConfig({ path: "big.xml", content: text });
    expect(file.objects).toHaveLength(places);
    expect(file.objects[places - 1]).toMatchObject({
      name: `Place ${places - 1}`,
      source: { path: "CfgPlace", index: places - 1, line: places + 1, column: 1 },
    });
  });
});
