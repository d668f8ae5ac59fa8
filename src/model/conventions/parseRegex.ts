import type { CharSet, RegexNode } from "./RegexNode";

type Ranges = [number, number][];

const DIGIT: Ranges = [[48, 57]];
const WORD: Ranges = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE: Ranges = [
  [9, 13],
  [32, 32],
  [160, 160],
  [5760, 5760],
  [8192, 8202],
  [8232, 8233],
  [8239, 8239],
  [8287, 8287],
  [12288, 12288],
  [65279, 65279],
];
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/**
 * Reads a pattern that `new RegExp(pattern, "u")` has already accepted, so it only needs to
 * understand valid syntax. Unicode mode is strict (no Annex B leniency), which keeps this
 * reader small and exact.
 */
export function parseRegex(pattern: string): RegexNode {
  let at = 0;
  const peek = (offset = 0) => pattern[at + offset];
  const eat = (text: string) => {
    if (!pattern.startsWith(text, at)) return false;
    at += text.length;
    return true;
  };

  const codePointAt = (): number => {
    const cp = pattern.codePointAt(at)!;
    at += cp > 0xffff ? 2 : 1;
    return cp;
  };

  const hex = (length: number): number => {
    const value = parseInt(pattern.slice(at, at + length), 16);
    at += length;
    return value;
  };

  /** After a backslash: a class escape (`\d`), or one code point. */
  const escape = (inClass: boolean): Ranges | "large" | number => {
    const c = pattern[at++]!;
    if (c === "d") return DIGIT;
    if (c === "w") return WORD;
    if (c === "s") return SPACE;
    if (c === "D" || c === "W" || c === "S") return "large";
    if (c === "p" || c === "P") {
      at = pattern.indexOf("}", at) + 1;
      return "large";
    }
    if (c in CONTROL_ESCAPES) return CONTROL_ESCAPES[c]!;
    if (c === "0") return 0;
    if (c === "b" && inClass) return 8;
    if (c === "c") return pattern.charCodeAt(at++) % 32;
    if (c === "x") return hex(2);
    if (c === "u") {
      if (eat("{")) {
        const end = pattern.indexOf("}", at);
        const value = parseInt(pattern.slice(at, end), 16);
        at = end + 1;
        return value;
      }
      const unit = hex(4);
      if (unit >= 0xd800 && unit <= 0xdbff && pattern.startsWith("\\u", at)) {
        const low = parseInt(pattern.slice(at + 2, at + 6), 16);
        if (low >= 0xdc00 && low <= 0xdfff) {
          at += 6;
          return (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        }
      }
      return unit;
    }
    at -= 1;
    return codePointAt();
  };

  const charClass = (start: number): CharSet => {
    const negated = eat("^");
    let ranges: Ranges | null = [];
    const item = (): Ranges | "large" | number => (eat("\\") ? escape(true) : codePointAt());
    while (peek() !== "]") {
      const from = item();
      if (peek() === "-" && peek(1) !== "]" && typeof from === "number") {
        at += 1;
        const to = item() as number;
        ranges?.push([from, to]);
      } else if (from === "large") ranges = null;
      else if (typeof from === "number") ranges?.push([from, from]);
      else ranges?.push(...from);
    }
    at += 1;
    return { source: pattern.slice(start, at), ranges: negated ? null : ranges };
  };

  const atom = (): RegexNode => {
    const start = at;
    if (eat("^") || eat("$")) return { type: "empty" };
    if (eat(".")) return { type: "chars", set: { source: ".", ranges: null } };
    if (eat("[")) return { type: "chars", set: charClass(start) };
    if (eat("(")) {
      const look = eat("?=") || eat("?!") || eat("?<=") || eat("?<!");
      if (!look && !eat("?:") && eat("?<")) at = pattern.indexOf(">", at) + 1;
      const body = alternation();
      at += 1;
      return look ? { type: "look", body } : body;
    }
    if (eat("\\")) {
      const c = peek();
      if (c === "b" || c === "B") {
        at += 1;
        return { type: "empty" };
      }
      if (c === "k" || (c !== undefined && c >= "1" && c <= "9")) return { type: "backref" };
      const value = escape(false);
      const source = pattern.slice(start, at);
      if (value === "large") return { type: "chars", set: { source, ranges: null } };
      const ranges: Ranges = typeof value === "number" ? [[value, value]] : value;
      return { type: "chars", set: { source, ranges } };
    }
    const cp = codePointAt();
    return { type: "chars", set: { source: pattern.slice(start, at), ranges: [[cp, cp]] } };
  };

  const quantified = (body: RegexNode): RegexNode => {
    let min: number;
    let max: number;
    if (eat("*")) [min, max] = [0, Infinity];
    else if (eat("+")) [min, max] = [1, Infinity];
    else if (eat("?")) [min, max] = [0, 1];
    else if (peek() === "{" && /^\{\d+(,\d*)?\}/.test(pattern.slice(at))) {
      const end = pattern.indexOf("}", at);
      const [lo, hi] = pattern.slice(at + 1, end).split(",");
      min = Number(lo);
      max = hi === undefined ? min : hi === "" ? Infinity : Number(hi);
      at = end + 1;
    } else return body;
    eat("?");
    return { type: "repeat", min, max, body };
  };

  const sequence = (): RegexNode => {
    const items: RegexNode[] = [];
    while (at < pattern.length && peek() !== "|" && peek() !== ")") {
      items.push(quantified(atom()));
    }
    return items.length === 1 ? items[0]! : { type: "seq", items };
  };

  function alternation(): RegexNode {
    const branches = [sequence()];
    while (eat("|")) branches.push(sequence());
    return branches.length === 1 ? branches[0]! : { type: "alt", branches };
  }

  return alternation();
}
