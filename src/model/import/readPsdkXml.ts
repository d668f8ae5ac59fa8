import { SaxesParser } from "saxes";
import { ConfigImportError } from "./ConfigImportError";
import { isSecretName } from "./isSecretName";
import type { PsdkPosition } from "./PsdkObjectReader";
import { LineIndex } from "./LineIndex";

/** An element holding others, while it is open: an object, or a field with nested fields. */
interface Frame {
  readonly name: string;
  readonly value: string | undefined;
  children: Record<string, unknown> | undefined;
  readonly start: number;
}

const OBJECT_ELEMENT = /^cfg/i;
const ENTITY_DECLARATION = /<!ENTITY/i;

/**
 * Sets a field of a record read from XML. Records are ordinary objects, as `JSON.parse`
 * makes them for the other formats, rather than prototype-less ones, which are slower to
 * build and to read. An element named `__proto__` therefore becomes an own property, as
 * `JSON.parse` makes it, and never the record's prototype.
 */
function setField(record: Record<string, unknown>, name: string, value: unknown): void {
  if (name === "__proto__") {
    Object.defineProperty(record, name, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    record[name] = value;
  }
}

function addChild(parent: Frame, name: string, value: unknown): void {
  parent.children ??= {};
  const existing = Object.hasOwn(parent.children, name) ? parent.children[name] : undefined;
  if (existing === undefined) setField(parent.children, name, value);
  else if (Array.isArray(existing)) existing.push(value);
  else setField(parent.children, name, [existing, value]);
}

function isSecretPair(key: unknown): boolean {
  return typeof key === "string" && isSecretName(key);
}

/**
 * Reads Configuration Server XML (the Platform SDK representation) into the same structure
 * mutagen RAW has, handing each object to `onObject` as soon as it closes: each object element (`<CfgCampaign>`, found under any wrapper such as
 * `<ConfData>`, or as the root) becomes a record of its fields, a field element's `value`
 * attribute its value, and an element with children a record keyed by child element name,
 * repeated names becoming an array. Text content is not read: the PSDK representation puts
 * every value in a `value` attribute, and saxes given no text handler skips slicing out the
 * white space between elements, a good part of its work on a large file.
 *
 * A key-value pair (`<str_pair key="password" value="..."/>`) whose key names a secret is
 * dropped with everything inside it: the record keeps a pair's value but not its key, so a
 * secret would otherwise survive under a harmless name.
 *
 * saxes expands no entities of its own; a DOCTYPE declaring entities (the "billion laughs"
 * attack) is refused as soon as it is read rather than left to fail later.
 */
export function readPsdkXml(
  file: string,
  text: string,
  onObject: (typeName: string, fields: Record<string, unknown>, position: PsdkPosition) => void,
): void {
  const lines = new LineIndex(text);
  const parser = new SaxesParser({ position: true });
  let objects = 0;
  const stack: Frame[] = [];
  let objectDepth = -1;
  let rootName: string | undefined;

  parser.on("error", (error) => {
    throw new ConfigImportError(error.message.replace(/^\d+:\d+: /, ""), {
      file,
      line: parser.line,
      column: parser.column + 1,
    });
  });
  parser.on("doctype", (doctype) => {
    if (!ENTITY_DECLARATION.test(doctype)) return;
    const at = text.search(ENTITY_DECLARATION);
    throw new ConfigImportError(
      "entity declarations are not allowed (entity expansion is disabled)",
      { file, ...lines.at(at === -1 ? parser.position : at) },
    );
  });
  // A field element (`<DBID value="120"/>`) is added to its object as soon as it opens; only
  // elements that can hold others are stacked. Most elements are such fields.
  let closesField = false;
  // Elements still open inside a dropped secret pair, the pair included.
  let secretDepth = 0;
  parser.on("opentag", (tag) => {
    rootName ??= tag.name;
    if (secretDepth > 0 || (objectDepth !== -1 && isSecretPair(tag.attributes.key))) {
      if (tag.isSelfClosing) closesField = true;
      else secretDepth++;
      return;
    }
    let start = 0;
    if (objectDepth === -1 && OBJECT_ELEMENT.test(tag.name)) {
      objectDepth = stack.length;
      // Only an object's start is reported, so only objects are located: the start tag just
      // read begins at the last "<" (well-formed XML has none inside a start tag).
      start = text.lastIndexOf("<", parser.position - 1);
    }
    const value = objectDepth === -1 ? undefined : tag.attributes.value;
    if (tag.isSelfClosing && objectDepth !== -1 && stack.length > objectDepth) {
      addChild(stack[stack.length - 1]!, tag.name, typeof value === "string" ? value : "");
      closesField = true;
      return;
    }
    stack.push({
      name: tag.name,
      value: typeof value === "string" ? value : undefined,
      children: undefined,
      start,
    });
  });
  parser.on("closetag", () => {
    if (closesField) {
      closesField = false;
      return;
    }
    if (secretDepth > 0) {
      secretDepth--;
      return;
    }
    const frame = stack.pop()!;
    if (objectDepth === -1) return;
    if (stack.length === objectDepth) {
      objectDepth = -1;
      objects++;
      onObject(frame.name, frame.children ?? {}, lines.at(frame.start));
      return;
    }
    addChild(stack[stack.length - 1]!, frame.name, frame.children ?? frame.value ?? "");
  });

  parser.write(text).close();

  if (objects === 0 && rootName?.toLowerCase() !== "confdata") {
    throw new ConfigImportError(
      `not a Configuration Server XML file: expected <ConfData> or object elements such as ` +
        `<CfgCampaign>, found <${rootName ?? "nothing"}>`,
      { file },
    );
  }
}
