interface JsonSyntaxError {
  /** 0-based index into the text. */
  readonly position: number;
  readonly message: string;
}

type Expect = "value" | "valueOrClose" | "key" | "keyOrClose" | "colon" | "commaOrClose";

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const LITERALS = ["true", "false", "null"];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describeChar(c: string): string {
  return `Unexpected token '${c}'`;
}

/**
 * Finds where JSON text first breaks the grammar. `JSON.parse` reports no position for most
 * errors in current V8 ("Unexpected token '}', ... is not valid JSON"), and browsers word it
 * differently, so the importer re-scans the text it could not parse to tell the user the line
 * and column. Iterative, so deeply nested input cannot overflow the stack. Only called after
 * `JSON.parse` failed; `undefined` if the scan finds nothing wrong.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const closers: string[] = [];
  let expect: Expect = "value";
  let done = false;
  let i = 0;
  const fail = (message: string, position = i): JsonSyntaxError => ({ position, message });

  while (i < text.length) {
    const c = text[i]!;
    if (WHITESPACE.has(c)) {
      i++;
      continue;
    }
    if (done) return fail(`Unexpected non-whitespace character after JSON`);
    switch (expect) {
      case "colon":
        if (c !== ":") return fail(`Expected ':' after property name`);
        i++;
        expect = "value";
        continue;
      case "commaOrClose": {
        const close = closers[closers.length - 1];
        if (c === ",") {
          i++;
          expect = close === "}" ? "key" : "value";
          continue;
        }
        if (c === close) {
          i++;
          closers.pop();
          if (closers.length === 0) done = true;
          continue;
        }
        return fail(
          close === "}"
            ? `Expected ',' or '}' after property value`
            : `Expected ',' or ']' after array element`,
        );
      }
      case "key":
      case "keyOrClose":
        if (c === "}" && expect === "keyOrClose") {
          i++;
          closers.pop();
          if (closers.length === 0) done = true;
          else expect = "commaOrClose";
          continue;
        }
        if (c !== '"') return fail(`Expected double-quoted property name`);
        break;
      case "value":
      case "valueOrClose":
        if (c === "]" && expect === "valueOrClose") {
          i++;
          closers.pop();
          if (closers.length === 0) done = true;
          else expect = "commaOrClose";
          continue;
        }
        break;
    }

    if (c === "{" || c === "[") {
      closers.push(c === "{" ? "}" : "]");
      expect = c === "{" ? "keyOrClose" : "valueOrClose";
      i++;
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== "number") return end;
      i = end;
      const isKey: boolean = expect === "key" || expect === "keyOrClose";
      expect = isKey ? "colon" : "commaOrClose";
      if (!isKey && closers.length === 0) done = true;
      continue;
    }
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    let end = literal === undefined ? -1 : i + literal.length;
    if (end === -1) {
      NUMBER.lastIndex = i;
      if (NUMBER.test(text)) end = NUMBER.lastIndex;
    }
    if (end === -1) return fail(describeChar(c));
    i = end;
    expect = "commaOrClose";
    if (closers.length === 0) done = true;
  }
  return done ? undefined : fail("Unexpected end of JSON input", text.length);
}

function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { position: i, message: "Bad control character in string literal" };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { position: i, message: "Bad Unicode escape in string literal" };
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next)) {
        return { position: i, message: "Bad escaped character in string literal" };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { position: text.length, message: "Unterminated string in JSON" };
}
