import type { ImportedFile } from "../config/ConfigModel";
import { ConfigImportError } from "./ConfigImportError";
import { decodeConfigText } from "./decodeConfigText";
import { describeValue } from "./describeValue";
import { importMutagenJson } from "./importMutagenJson";
import { importMutagenJsonRuns } from "./importMutagenJsonRuns";
import { importMutagenRaw } from "./importMutagenRaw";
import { importPsdkJson, isPsdkJson } from "./importPsdkJson";
import { importPsdkXml } from "./importPsdkXml";
import { MUTAGEN_FORMATS } from "./mutagenFormat";
import { parseJsonText } from "./parseJsonText";

interface ConfigFileInput {
  /** A name for messages and source locations: the file name, a URL, or `-`. */
  readonly path: string;
  readonly content: string | Uint8Array;
}

const EXPECTED_CONFIGURATION =
  'expected a mutagen export (a JSON object with "__metadata__": {"formatName": "JSON", ' +
  '"COMPACT_JSON" or "RAW"}), Configuration Server XML (<ConfData> with <CfgCampaign>, ...) ' +
  'or PSDK objects as JSON ({"$class": "CfgCampaign", ...}, or an answer {"status", "data"})';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function importMutagen(file: string, document: unknown): ImportedFile {
  const metadata =
    isRecord(document) && Object.hasOwn(document, "__metadata__")
      ? document.__metadata__
      : undefined;
  if (!isRecord(document) || !isRecord(metadata)) {
    throw new ConfigImportError(`not a configuration export: ${EXPECTED_CONFIGURATION}`, { file });
  }
  const formatName = Object.hasOwn(metadata, "formatName") ? metadata.formatName : undefined;
  const format = MUTAGEN_FORMATS.get(formatName);
  if (format === undefined) {
    const what =
      formatName === undefined
        ? "no mutagen format name"
        : `unsupported mutagen format ${describeValue(formatName)}`;
    throw new ConfigImportError(`${what}: expected "JSON", "COMPACT_JSON" or "RAW"`, {
      file,
      path: "__metadata__.formatName",
    });
  }
  return format === "mutagen-raw"
    ? importMutagenRaw(file, document)
    : importMutagenJson(file, format, document);
}

/**
 * Reads one configuration file, whatever its format: mutagen JSON or COMPACT_JSON, mutagen RAW,
 * Configuration Server XML, or PSDK objects as JSON with `$class`, told apart by content (never by file name). References are left
 * as the file gave them, for `resolveModel` to resolve across files. A mutagen JSON export given
 * as bytes is read a run of objects at a time where it can be (`importMutagenJsonRuns`). Throws
 * `ConfigImportError` naming the file and where in it when the file cannot be read.
 */
export function importConfig(input: ConfigFileInput): ImportedFile {
  const file = input.path;
  if (typeof input.content !== "string") {
    const read = importMutagenJsonRuns(file, input.content);
    if (read !== undefined) return read;
  }
  const text = decodeConfigText(file, input.content);
  const first = text[text.search(/\S/)];
  if (first === "<") return importPsdkXml(file, text);
  if (first === "{" || first === "[") {
    const document = parseJsonText(file, text);
    return isPsdkJson(document) ? importPsdkJson(file, document) : importMutagen(file, document);
  }
  throw new ConfigImportError(`not a configuration file: ${EXPECTED_CONFIGURATION}`, { file });
}
