import { describe, expect, it } from "vitest";
import { ConfigImportError } from "../../../src/model/import/ConfigImportError";
import { readOpenInputs, sizeOfInputs } from "../../../src/ui/worker/OpenInput";

describe("OpenInput", () => {
  it("counts the size of text, bytes and files not read yet", () => {
    const inputs = [
      { path: "a", content: "abc" },
      { path: "b", content: new Uint8Array(5) },
      { path: "c", content: new Blob(["0123456789"]) },
    ];
    expect(sizeOfInputs(inputs)).toBe(18);
  });

  it("reads files into bytes and passes text and bytes through", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x7b, 0x00]);
    const read = await readOpenInputs([
      { path: "t", content: "{}" },
      { path: "u16.json", content: new Blob([bytes]) },
    ]);
    expect(read).toEqual([
      { path: "t", content: "{}" },
      { path: "u16.json", content: bytes },
    ]);
  });

  it("names a file that cannot be read", async () => {
    const gone = new Blob(["{}"]);
    gone.arrayBuffer = () =>
      Promise.reject(new DOMException("A requested file could not be read.", "NotReadableError"));
    const error: unknown = await readOpenInputs([{ path: "gone.json", content: gone }]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigImportError);
    expect((error as Error).message).toBe(
      "gone.json: the file could not be read: A requested file could not be read.",
    );
  });
});
