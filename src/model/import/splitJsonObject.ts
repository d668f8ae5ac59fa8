import {
  CLOSE_LIST,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  isJsonSpace,
  LINE_FEED,
  OPEN_LIST,
  OPEN_OBJECT,
  QUOTE,
} from "./jsonBytes";
import { jsonStringEnd } from "./jsonStringEnd";

/** A run of consecutive elements of a top-level list: bytes `start` to `end`, no brackets. */
export interface JsonListRun {
  readonly start: number;
  readonly end: number;
}

/** One member of the top-level object, where its value lies in the bytes. */
export interface JsonMember {
  /** The member's name, as JSON.parse reads it. */
  readonly name: string;
  /** The value's bytes, whole. */
  readonly start: number;
  readonly end: number;
  /** For a list, its elements in runs (none for an empty list); undefined for any other value. */
  readonly runs: readonly JsonListRun[] | undefined;
}

/**
 * How many bytes of list elements one run holds, about: a run is decoded and parsed on its own,
 * so the text and parsed objects of one run are all that exist of it at a time, and are let go
 * as soon as its objects are read. Smaller runs read faster, down to a few kilobytes.
 */
export const RUN_BYTES = 32 * 1024;

/** Thrown inside the splitter when the bytes are not what it reads; answered as undefined. */
class NotSplit extends Error {}

class Splitter {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly decode: (start: number, end: number) => string,
    private readonly runBytes: number,
  ) {}

  space(at: number): number {
    const bytes = this.bytes;
    while (isJsonSpace(bytes[at])) at++;
    return at;
  }

  expect(at: number, byte: number): number {
    if (this.bytes[at] !== byte) throw new NotSplit();
    return at + 1;
  }

  /** Just past the string whose opening quote is at `at`. */
  string(at: number): number {
    const after = jsonStringEnd(this.bytes, at);
    if (after === -1) throw new NotSplit();
    return after;
  }

  /**
   * Just past the value starting at `at`. Only strings and nesting are followed: what lies
   * between is checked by JSON.parse when the value is parsed.
   */
  value(at: number): number {
    const bytes = this.bytes;
    const end = bytes.length;
    let depth = 0;
    while (at < end) {
      const byte = bytes[at]!;
      if (byte === QUOTE) {
        at = this.string(at);
        if (depth === 0) return at;
        continue;
      }
      if (byte === OPEN_OBJECT || byte === OPEN_LIST) depth++;
      else if (byte === CLOSE_OBJECT || byte === CLOSE_LIST) {
        if (depth === 0) return at;
        if (--depth === 0) return at + 1;
      } else if (depth === 0 && (byte === COMMA || isJsonSpace(byte))) return at;
      at++;
    }
    throw new NotSplit();
  }

  /**
   * Where the line holding `at` starts, when only spaces and tabs come before `at` on it
   * (after a line feed); otherwise -1.
   */
  lineStart(at: number): number {
    const bytes = this.bytes;
    let from = at;
    while (from > 0 && (bytes[from - 1] === 0x20 || bytes[from - 1] === 0x09)) from--;
    return from > 0 && bytes[from - 1] === LINE_FEED ? from : -1;
  }

  /** Whether `at` starts a line after the same indentation as the line starting at `indent`. */
  indentedAs(at: number, indent: number, width: number): boolean {
    const bytes = this.bytes;
    const from = at - width;
    if (from < 1 || bytes[from - 1] !== LINE_FEED) return false;
    for (let i = 0; i < width; i++) if (bytes[from + i] !== bytes[indent + i]) return false;
    return true;
  }

  /**
   * The runs of the list whose opening bracket is at `open`, in a member whose name starts the
   * line at `indent` (`width` spaces and tabs before it), and where the list ends. A raw line
   * feed is never inside a JSON string, so a bracket that starts a line is structure: the
   * list ends at the first closing bracket indented as the member's name, and a run ends at a
   * closing brace indented as the list's first element and followed by a comma. A file
   * indented otherwise makes runs JSON.parse refuses, and is then read whole.
   */
  list(open: number, indent: number, width: number): { runs: JsonListRun[]; end: number } {
    const bytes = this.bytes;
    const runs: JsonListRun[] = [];
    const first = this.space(open + 1);
    if (bytes[first] === CLOSE_LIST) return { runs, end: first + 1 };
    let close = bytes.indexOf(CLOSE_LIST, first);
    while (close !== -1 && !this.indentedAs(close, indent, width)) {
      close = bytes.indexOf(CLOSE_LIST, close + 1);
    }
    if (close === -1) throw new NotSplit();
    const elementIndent = this.lineStart(first);
    const elementWidth = first - elementIndent;
    let start = first;
    while (elementIndent !== -1 && start + this.runBytes < close) {
      let end = bytes.indexOf(CLOSE_OBJECT, start + this.runBytes);
      let comma = -1;
      while (end !== -1 && end < close) {
        if (this.indentedAs(end, elementIndent, elementWidth)) {
          comma = this.space(end + 1);
          if (bytes[comma] === COMMA) break;
        }
        end = bytes.indexOf(CLOSE_OBJECT, end + 1);
      }
      if (end === -1 || end >= close) break;
      runs.push({ start, end: end + 1 });
      start = this.space(comma + 1);
    }
    // A comma after the list's last object would leave an empty run, which parses as nothing:
    // the whole text is not JSON, and the whole reading says so.
    if (start === close) throw new NotSplit();
    runs.push({ start, end: close });
    return { runs, end: close + 1 };
  }

  members(): JsonMember[] {
    const bytes = this.bytes;
    const members: JsonMember[] = [];
    const names = new Set<string>();
    let at = this.space(this.expect(this.space(0), OPEN_OBJECT));
    if (bytes[at] !== CLOSE_OBJECT) {
      for (;;) {
        const nameEnd = this.string(this.expect(at, QUOTE) - 1);
        const name: unknown = JSON.parse(this.decode(at, nameEnd));
        // JSON.parse keeps the last of two members of one name, and lists the names of array
        // indices first: such an object is left to it.
        if (typeof name !== "string" || names.has(name) || /^\d+$/.test(name)) {
          throw new NotSplit();
        }
        names.add(name);
        const start = this.space(this.expect(this.space(nameEnd), COLON));
        let end: number;
        let runs: JsonListRun[] | undefined;
        if (bytes[start] === OPEN_LIST) {
          const indent = this.lineStart(at);
          if (indent === -1) throw new NotSplit();
          ({ runs, end } = this.list(start, indent, at - indent));
        } else end = this.value(start);
        if (end === start) throw new NotSplit();
        members.push({ name, start, end, runs });
        at = this.space(end);
        if (bytes[at] === CLOSE_OBJECT) break;
        at = this.space(this.expect(at, COMMA));
      }
    }
    if (this.space(at + 1) !== bytes.length) throw new NotSplit();
    return members;
  }
}

/**
 * The members of the JSON object that `bytes` (UTF-8, no byte order mark) hold, each list's
 * elements in runs of about `runBytes` that can be parsed one by one, or undefined when the
 * bytes are not one such object, or have two members of one name or a member named like an
 * array index (JSON.parse's object would differ from the members in order). The splitter reads
 * only the structure between the values and follows strings; whether each part is valid JSON
 * is for JSON.parse to say when it parses the part (the parts are the whole text, so all of
 * them parsing means the whole would have). `decode` turns a range of the bytes into text.
 */
export function splitJsonObject(
  bytes: Uint8Array,
  decode: (start: number, end: number) => string,
  runBytes = RUN_BYTES,
): JsonMember[] | undefined {
  try {
    return new Splitter(bytes, decode, runBytes).members();
  } catch (error) {
    if (error instanceof NotSplit || error instanceof SyntaxError) return undefined;
    throw error;
  }
}
