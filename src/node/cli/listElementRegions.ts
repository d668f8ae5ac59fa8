import type { SarifRegion } from "../../model/findings/toSarif";
import { utf8TextStart } from "../../model/import/decodeConfigText";
import {
  CARRIAGE_RETURN,
  CLOSE_LIST,
  CLOSE_OBJECT,
  COMMA,
  isJsonSpace,
  LINE_FEED,
  OPEN_LIST,
  OPEN_OBJECT,
  QUOTE,
} from "../../model/import/jsonBytes";
import { JSON_PATH_IDENTIFIER } from "../../model/import/formatJsonPath";
import { jsonStringEnd } from "../../model/import/jsonStringEnd";

/** `persons[12]`: an element of one of the top-level object's lists, as findings name it. */
const LIST_ELEMENT = new RegExp(`^(${JSON_PATH_IDENTIFIER.source})\\[(\\d+)\\]$`);

/** The bytes the scan acts on; it passes over every other one (spaces, letters, digits). */
const ACTS_ON = new Uint8Array(256);
const ACTED_ON = [
  QUOTE,
  COMMA,
  OPEN_OBJECT,
  CLOSE_OBJECT,
  OPEN_LIST,
  CLOSE_LIST,
  LINE_FEED,
  CARRIAGE_RETURN,
];
for (const byte of ACTED_ON) ACTS_ON[byte] = 1;

/** A member's name from its JSON text, or undefined when the text is not a JSON string. */
function parseName(text: string): string | undefined {
  try {
    return JSON.parse(text) as string;
  } catch {
    return undefined;
  }
}

/** The indices wanted in each top-level list, or undefined when a path names anything else. */
function wantedByList(wanted: ReadonlySet<string>): Map<string, Set<number>> | undefined {
  const byList = new Map<string, Set<number>>();
  for (const path of wanted) {
    const match = LIST_ELEMENT.exec(path);
    if (match === null) return undefined;
    const indices = byList.get(match[1]!) ?? new Set<number>();
    indices.add(Number(match[2]));
    byList.set(match[1]!, indices);
  }
  return byList;
}

/**
 * Where the objects at the given paths start and end in a UTF-8 JSON file whose paths all
 * name elements of the top-level object's lists (`persons[12]`, as mutagen's exports hold
 * every object): 1-based lines, and columns in UTF-16 code units as SARIF counts them, the end
 * column just past the closing brace. Undefined when a path names anything else or the bytes
 * are not UTF-8 JSON of that shape; `jsonObjectRegions` then reads the text whole.
 *
 * Why not `jsonObjectRegions` for these too: a report on a large export needs the places of a
 * few thousand objects among a million, and a full tokenizer over the decoded text costs more
 * than the check itself. This follows only what decides where an element starts and ends
 * (strings, nesting, commas and line breaks) over the bytes, and decodes only the lines of the
 * objects asked for.
 */
export function listElementRegions(
  bytes: Uint8Array,
  wanted: ReadonlySet<string>,
): Map<string, SarifRegion> | undefined {
  const byList = wantedByList(wanted);
  const textStart = utf8TextStart(bytes);
  if (byList === undefined || textStart === undefined) return undefined;
  const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  // The column is carried forward from the last one asked for on the same line, so that each
  // byte is decoded once: a whole export on one line would otherwise be decoded from its
  // start for every object asked for. The places asked for only move forward, and each is
  // a structural byte (ASCII), never inside a character.
  let counted = textStart;
  let countedColumn = 1;
  /** The 1-based column, in UTF-16 code units, just after the bytes before `to` on its line. */
  const columnAt = (to: number): number => {
    if (counted < lineStart) {
      counted = lineStart;
      countedColumn = 1;
    }
    countedColumn += decoder.decode(bytes.subarray(counted, to)).length;
    counted = to;
    return countedColumn;
  };

  const regions = new Map<string, SarifRegion>();
  let line = 1;
  let lineStart = textStart;
  let depth = 0;
  // Within the root object: whether the next string is a member's name, and the last name.
  let nameNext = false;
  let member = "";
  const members = new Set<string>();
  // Within one of its lists: the indices wanted there, and the element under way.
  let indices: Set<number> | undefined;
  let index = 0;
  let open: { path: string; line: number; column: number } | undefined;
  const end = bytes.length;
  // The file is one JSON object: its brace is the first byte that is not JSON's white space.
  // Anything else (a list, XML, a second value after it) is left to the whole reading.
  let root = textStart;
  while (root < end && isJsonSpace(bytes[root])) root++;
  for (let at = textStart; at < end; at++) {
    const byte = bytes[at]!;
    if (ACTS_ON[byte] === 0) continue;
    if (byte === QUOTE) {
      const after = jsonStringEnd(bytes, at);
      if (after === -1) return undefined;
      if (depth === 1 && nameNext) {
        const name = parseName(decoder.decode(bytes.subarray(at, after)));
        if (name === undefined) return undefined;
        member = name;
        // JSON.parse keeps the last of two members of one name: such a file is read whole.
        if (members.has(member)) return undefined;
        members.add(member);
        nameNext = false;
      }
      at = after - 1;
    } else if (byte === LINE_FEED) {
      line++;
      lineStart = at + 1;
    } else if (byte === CARRIAGE_RETURN && bytes[at + 1] !== LINE_FEED) {
      line++;
      lineStart = at + 1;
    } else if (byte === OPEN_OBJECT || byte === OPEN_LIST) {
      if (depth === 0 && (at !== root || byte !== OPEN_OBJECT)) return undefined;
      if (depth === 0) nameNext = true;
      else if (depth === 1 && byte === OPEN_LIST) {
        indices = byList.get(member);
        index = 0;
      } else if (depth === 2 && byte === OPEN_OBJECT && indices?.has(index)) {
        open = { path: `${member}[${index}]`, line, column: columnAt(at) };
      }
      depth++;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_LIST) {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 2 && open !== undefined) {
        regions.set(open.path, {
          startLine: open.line,
          startColumn: open.column,
          endLine: line,
          endColumn: columnAt(at + 1),
        });
        open = undefined;
      } else if (depth === 1) indices = undefined;
    } else if (byte === COMMA) {
      if (depth === 1) nameNext = true;
      else if (depth === 2) index++;
    }
  }
  return depth === 0 ? regions : undefined;
}
