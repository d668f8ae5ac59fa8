import { toPsdkSections } from "./toPsdkSections";
import type { GenConfig } from "./GeneratedConfig";
import type { PsdkElement, PsdkValue } from "./toPsdkSections";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // A literal tab or line break in an attribute is normalised to a space by every XML
  // parser; a character reference keeps it.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

const NEEDS_ESCAPE = /[&<>"\t\n\r]/;
const escapeAttribute = (text: string): string =>
  NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] ?? c) : text;

/**
 * Configuration Server XML in the Platform SDK representation: an element per object, a child
 * element with a `value` attribute per field, lists as a wrapper element around their items,
 * all the objects under one `<ConfData>` root.
 */
export function writePsdkXml(config: GenConfig): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', "<ConfData>"];
  for (const section of toPsdkSections(config)) {
    for (const object of section.objects) writeElement(object, "  ", out);
  }
  out.push("</ConfData>", "");
  return out.join("\n");
}

function writeElement(element: PsdkElement, indent: string, out: string[]): void {
  out.push(`${indent}<${element.element}>`);
  for (const [name, value] of element.fields) writeField(name, value, `${indent}  `, out);
  out.push(`${indent}</${element.element}>`);
}

function writeField(name: string, value: PsdkValue, indent: string, out: string[]): void {
  if (typeof value === "number") {
    out.push(`${indent}<${name} value="${value}"/>`);
  } else if (typeof value === "string") {
    out.push(`${indent}<${name} value="${escapeAttribute(value)}"/>`);
  } else if ("element" in value) {
    writeElement(value, indent, out);
  } else {
    out.push(`${indent}<${name}>`);
    for (const item of value.items) {
      if (typeof item === "number") out.push(`${indent}  <${value.item} value="${item}"/>`);
      else writeElement(item, `${indent}  `, out);
    }
    out.push(`${indent}</${name}>`);
  }
}
