import { ConfigImportError } from "../../model/import/ConfigImportError";

/**
 * Why a configuration could not be opened, as plain data: it crosses the worker boundary by
 * structured clone, which drops an Error's own fields.
 */
export interface LoadError {
  /** The importer's reason, without the location prefix. */
  readonly reason: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  /** JSON path of the offending value, for shape errors. */
  readonly path: string | null;
}

export function toLoadError(error: unknown): LoadError {
  if (error instanceof ConfigImportError) {
    return {
      reason: error.reason,
      file: error.file,
      line: error.line ?? null,
      column: error.column ?? null,
      path: error.path ?? null,
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { reason, file: null, line: null, column: null, path: null };
}

/** One line for a person: `campaigns.json, line 12, column 5: Unexpected end of JSON input`. */
export function describeLoadError(error: LoadError): string {
  const where: string[] = [];
  if (error.file) where.push(error.file);
  if (error.line !== null) where.push(`line ${error.line}, column ${error.column ?? 1}`);
  if (error.path) where.push(`at ${error.path}`);
  return where.length > 0 ? `${where.join(", ")}: ${error.reason}` : error.reason;
}
