import type { ImportedFile } from "../config/ConfigModel";
import { utf8TextStart } from "./decodeConfigText";
import { MutagenJsonReader } from "./importMutagenJson";
import { mutagenFormat } from "./mutagenFormat";
import { RUN_BYTES, splitJsonObject, type JsonListRun } from "./splitJsonObject";

const METADATA = "__metadata__";

/** The elements of each run of a list, parsed one run at a time as they are asked for. */
function* parsedRuns(
  runs: readonly JsonListRun[],
  decode: (start: number, end: number) => string,
): Generator<readonly unknown[]> {
  for (const run of runs) yield JSON.parse(`[${decode(run.start, run.end)}]`) as unknown[];
}

/**
 * Reads a mutagen JSON (or COMPACT_JSON) export given as UTF-8 bytes a part at a time: each
 * run of a list's objects (`splitJsonObject`) is decoded, parsed and read before the next, so
 * neither the whole text nor the whole parsed document ever exists, only the objects read.
 * Undefined when the bytes are not such an export laid out so (one member and one object per
 * line, as mutagen writes them), or anything in them is not valid, or an object is refused
 * before the end: `importConfig` then reads them whole, which says what is wrong and where.
 * Only schema problems, found once every part parsed, are reported from here, the same as the
 * whole reading reports them.
 */
export function importMutagenJsonRuns(
  file: string,
  bytes: Uint8Array,
  runBytes = RUN_BYTES,
): ImportedFile | undefined {
  const textStart = utf8TextStart(bytes);
  if (textStart === undefined) return undefined;
  const body = bytes.subarray(textStart);
  // A byte order mark is part of the text anywhere but at the file's start.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const decode = (start: number, end: number): string => decoder.decode(body.subarray(start, end));
  let reader: MutagenJsonReader;
  let format: ReturnType<typeof mutagenFormat>;
  try {
    const members = splitJsonObject(body, decode, runBytes);
    const metadata = members?.find((m) => m.name === METADATA);
    if (members === undefined || metadata === undefined) return undefined;
    format = mutagenFormat(JSON.parse(decode(metadata.start, metadata.end)));
    if (format === undefined || format === "mutagen-raw") return undefined;
    reader = new MutagenJsonReader(file);
    for (const { name, start, end, runs } of members) {
      if (runs === undefined) reader.member(name, JSON.parse(decode(start, end)));
      else reader.list(name, parsedRuns(runs, decode));
    }
  } catch {
    // Invalid text or JSON, or an object refused on the way (nested too deep): the whole
    // reading finds the same and reports it with its place in the file.
    return undefined;
  }
  return reader.finish(format);
}
