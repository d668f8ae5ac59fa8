import { SaxesParser } from "saxes";
import { decodeConfigText } from "./decodeConfigText";
import { isSecretName } from "./isSecretName";
import { parseJsonText } from "./parseJsonText";
import { withoutSecrets } from "./withoutSecrets";

function isSecretElement(name: string, attributes: Record<string, unknown>): boolean {
  if (isSecretName(name)) return true;
  for (const attribute in attributes) {
    if (attribute === "key") {
      const key = attributes[attribute];
      if (typeof key === "string" && isSecretName(key)) return true;
    } else if (isSecretName(attribute)) return true;
  }
  return false;
}

/**
 * The XML with every element that holds a secret cut out: an element named like one
 * (`<password value="..."/>`), a key-value pair keyed by one, or an element with such an
 * attribute. Everything else is kept byte for byte.
 */
function redactXml(text: string): string {
  const parser = new SaxesParser({ position: true });
  const cuts: [number, number][] = [];
  let open = 0;
  let start = 0;
  parser.on("opentag", (tag) => {
    if (open > 0) {
      if (!tag.isSelfClosing) open++;
      return;
    }
    if (!isSecretElement(tag.name, tag.attributes)) return;
    start = text.lastIndexOf("<", parser.position - 1);
    if (tag.isSelfClosing) cuts.push([start, parser.position]);
    else open = 1;
  });
  parser.on("closetag", () => {
    if (open === 0 || --open > 0) return;
    cuts.push([start, parser.position]);
  });
  parser.write(text).close();
  let kept = "";
  let at = 0;
  for (const [from, to] of cuts) {
    kept += text.slice(at, from);
    at = to;
  }
  return kept + text.slice(at);
}

/**
 * A configuration file as it may be shown or handed on: the same format, with every secret
 * field (see `isSecretName`) removed. For a server that passes files to a browser, which must
 * never receive a password the file held. The file must be one `importConfig` reads: its
 * errors are the importer's.
 */
export function redactSecrets(file: string, content: string | Uint8Array): string {
  const text = decodeConfigText(file, content);
  if (text.trimStart().startsWith("<")) return redactXml(text);
  return `${JSON.stringify(withoutSecrets(parseJsonText(file, text)), null, 2)}\n`;
}
