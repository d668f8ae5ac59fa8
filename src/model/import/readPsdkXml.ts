import { SaxesParser } from "saxes";
import { ConfigImportError } from "./ConfigImportError";
import type { PsdkItem, PsdkSection } from "./importPsdkObjects";
import { LineIndex } from "./LineIndex";

interface Frame {
  readonly name: string;
  readonly value: string | undefined;
  children: Record<string, unknown> | undefined;
  readonly start: number;
}

const OBJECT_ELEMENT = /^cfg/i;
const ENTITY_DECLARATION = /<!ENTITY/i;

function addChild(parent: Frame, name: string, value: unknown): void {
  parent.children ??= Object.create(null) as Record<string, unknown>;
  const existing = parent.children[name];
  if (existing === undefined) parent.children[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else parent.children[name] = [existing, value];
}

/**
 * Reads Configuration Server XML (the Platform SDK representation) into the same structure
 * mutagen RAW has: each object element (`<CfgCampaign>`, found under any wrapper such as
 * `<ConfData>`, or as the root) becomes a record of its fields, a field element's `value`
 * attribute its value, and an element with children a record keyed by child element name,
 * repeated names becoming an array. Text content is not read: the PSDK representation puts
 * every value in a `value` attribute, and saxes given no text handler skips slicing out the
 * white space between elements, a good part of its work on a large file.
 *
 * saxes expands no entities of its own; a DOCTYPE declaring entities (the "billion laughs"
 * attack) is refused as soon as it is read rather than left to fail later.
 */
export function readPsdkXml(file: string, text: string): PsdkSection[] {
  const lines = new LineIndex(text);
  const parser = new SaxesParser({ position: true });
  const sections = new Map<string, PsdkItem[]>();
  const stack: Frame[] = [];
  let objectDepth = -1;
  let rootName: string | undefined;
  let tagStart = 0;

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
  // Fired just past the element name and the character after it. Only an object's start is
  // reported, so fields inside one are not worth locating.
  parser.on("opentagstart", (tag) => {
    if (objectDepth === -1) tagStart = parser.position - tag.name.length - 2;
  });
  parser.on("opentag", (tag) => {
    rootName ??= tag.name;
    if (objectDepth === -1 && OBJECT_ELEMENT.test(tag.name)) objectDepth = stack.length;
    const value = objectDepth === -1 ? undefined : tag.attributes.value;
    stack.push({
      name: tag.name,
      value: typeof value === "string" ? value : undefined,
      children: undefined,
      start: tagStart,
    });
  });
  parser.on("closetag", () => {
    const frame = stack.pop()!;
    if (objectDepth === -1) return;
    if (stack.length === objectDepth) {
      objectDepth = -1;
      let items = sections.get(frame.name);
      if (items === undefined) sections.set(frame.name, (items = []));
      const fields = frame.children ?? (Object.create(null) as Record<string, unknown>);
      items.push({ fields, ...lines.at(frame.start) });
      return;
    }
    addChild(stack[stack.length - 1]!, frame.name, frame.children ?? frame.value ?? "");
  });

  parser.write(text).close();

  if (sections.size === 0 && rootName?.toLowerCase() !== "confdata") {
    throw new ConfigImportError(
      `not a Configuration Server XML file: expected <ConfData> or object elements such as ` +
        `<CfgCampaign>, found <${rootName ?? "nothing"}>`,
      { file },
    );
  }
  return [...sections].map(([typeName, items]) => ({ typeName, items }));
}
