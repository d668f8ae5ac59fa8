// The ways a name goes wrong in real configurations, as pure string transformations. Each
// returns null when it cannot apply to the name (a CJK name has no letter case).

import type { Random } from "../random/createRandom";

/** Characters that are invisible or look like a space: pasted from e-mail, Word or a web page. */
const INVISIBLE = ["\u200B", "\u00A0", "\u200E", "\uFEFF", "\t"] as const;
const INVISIBLE_LABEL: Record<(typeof INVISIBLE)[number], string> = {
  "\u200B": "zero-width space",
  "\u00A0": "no-break space",
  "\u200E": "left-to-right mark",
  "\uFEFF": "zero-width no-break space",
  "\t": "tab",
};

export interface Variant {
  readonly name: string;
  readonly defect: string;
}

const SEPARATOR = /[ _]/;

/** `Renewals_Q3` -> `Renewals@Q3`: someone encoding a site or team into the name. */
export function withAtSign(name: string, random: Random): Variant {
  const parts = name.split(SEPARATOR);
  if (parts.length > 1) return { name: parts.join("@"), defect: "@ between words" };
  return { name: `${name}@${random.pick(["old", "new", "2"])}`, defect: "@ suffix" };
}

export function withWhitespace(name: string, random: Random): Variant {
  const options: Variant[] = [
    { name: `${name} `, defect: "trailing space" },
    { name: ` ${name}`, defect: "leading space" },
  ];
  const at = name.search(SEPARATOR);
  if (at > 0 && at < name.length - 1) {
    options.push({ name: `${name.slice(0, at)}  ${name.slice(at + 1)}`, defect: "double space" });
  }
  return random.pick(options);
}

export function withInvisible(name: string, random: Random): Variant | null {
  if (name.length < 2) return null;
  const char = random.pick(INVISIBLE);
  const at = name.search(SEPARATOR);
  const defect = INVISIBLE_LABEL[char];
  if (at > 0 && char === "\u00A0") {
    return { name: `${name.slice(0, at)}${char}${name.slice(at + 1)}`, defect };
  }
  const position = at > 0 ? at : 1 + random.int(name.length - 1);
  return { name: `${name.slice(0, position)}${char}${name.slice(position)}`, defect };
}

/**
 * A name that differs only by letter case or by compatibility form (full-width letters, an
 * ideographic space), which NFKC folds back: two such objects look like one to a person.
 */
export function confusableWith(name: string, random: Random): Variant | null {
  const upper = name.toUpperCase();
  const lower = name.toLowerCase();
  const caseVariant = upper !== name ? upper : lower !== name ? lower : null;
  const fullWidth = toFullWidth(name);
  const widthVariant = fullWidth !== name ? fullWidth : null;
  if (caseVariant && (!widthVariant || random.chance(0.5))) {
    return { name: caseVariant, defect: "differs by case" };
  }
  return widthVariant ? { name: widthVariant, defect: "full-width form" } : null;
}

function toFullWidth(name: string): string {
  let out = "";
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x20) out += "\u3000";
    else if (code > 0x20 && code < 0x7f) out += String.fromCodePoint(code + 0xfee0);
    else out += ch;
  }
  return out;
}

/** A name over Configuration Server's 255-character limit, as an import script leaves it. */
export function tooLong(name: string): Variant {
  let long = name;
  while (long.length <= 260) long += "_imported_from_CRM_export";
  return { name: long, defect: `${long.length} characters` };
}
