import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { findInvisibleCharacters } from "./findInvisibleCharacters";
import { nameScan } from "./nameScan";
import type { Rule } from "./Rule";

/** How many characters a message names before summing up the rest. */
const NAMED = 5;
const SPACE_LIKE = new Set([0x00a0, 0x2007, 0x202f]);

export const invisibleCharacter: Rule = {
  id: "invisible-character",
  defaultSeverity: "error",
  description:
    "A name contains a control, zero-width, bidirectional-control or no-break-space character.",
  explanation:
    "Some characters show as nothing, or as an ordinary space, yet make a name different: " +
    "zero-width spaces and joiners, bidirectional controls, no-break spaces, control " +
    "characters. They usually arrive by copy and paste from a document or a web page. Stat " +
    "Server compares names character by character, so an object whose name holds one is " +
    "never found under the name people see and type. Retype the name, or use the suggestion, " +
    "which drops these characters and turns no-break spaces into ordinary ones.",
  check(context, report) {
    const { model } = context;
    for (const object of nameScan(context).unusual) {
      const found = findInvisibleCharacters(object.name);
      if (found.length === 0) continue;
      const named = found.slice(0, NAMED).map((c) => `${c.label} at position ${c.position}`);
      const more = found.length > NAMED ? `, and ${found.length - NAMED} more` : "";
      const invisible = new Set(found.map((c) => c.codePoint));
      const cleaned = [...object.name]
        .map((char) => {
          const codePoint = char.codePointAt(0) ?? 0;
          if (!invisible.has(codePoint)) return char;
          return SPACE_LIKE.has(codePoint) ? " " : "";
        })
        .join("");
      report(
        draftFor(
          model,
          object,
          `${describeObject(object)} contains ${found.length === 1 ? "an invisible character" : `${found.length} invisible characters`}: ${named.join(", ")}${more}.`,
          cleaned === "" ? null : cleaned,
        ),
      );
    }
  },
};
