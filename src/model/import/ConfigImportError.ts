/**
 * Where in a file an import problem is: a line and column (syntax), a JSON path (shape), or
 * both (a bad value in an XML object: the object's line, the value's path).
 */
interface ImportErrorLocation {
  readonly file: string;
  /** 1-based. */
  readonly line?: number;
  /** 1-based. */
  readonly column?: number;
  /** The path of the offending value (`campaignGroups[3].group.groupType`). */
  readonly path?: string;
}

function describe(reason: string, where: ImportErrorLocation): string {
  const position = where.line === undefined ? "" : `:${where.line}:${where.column ?? 1}`;
  const path = where.path ? ` ${where.path}:` : "";
  return `${where.file}${position}:${path} ${reason}`;
}

/**
 * A configuration file that cannot be read: not text, not a configuration, malformed, or with
 * a value of the wrong shape. The message names the file and where in it, for a person to act
 * on (`campaigns.json:12:5: Unexpected end of JSON input`).
 */
export class ConfigImportError extends Error {
  override readonly name = "ConfigImportError";
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(reason: string, where: ImportErrorLocation) {
    super(describe(reason, where));
    this.file = where.file;
    this.reason = reason;
    if (where.line !== undefined) {
      this.line = where.line;
      this.column = where.column ?? 1;
    }
    if (where.path !== undefined) this.path = where.path;
  }
}
