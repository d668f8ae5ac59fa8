import type { ObjectKey } from "./ids";
import type { ConfigKind } from "./kinds";
import type { ConfigFormat, ConfigObject, ConfigObjectOf, ImportedObject } from "./objects";

/** What one importer read from one file, before references are resolved. */
export interface ImportedFile {
  readonly path: string;
  readonly format: ConfigFormat;
  /**
   * The kinds this file carries (it has the section, even empty). A reference to an object of
   * a carried kind that is not there is an `unknown-reference`; a reference to a kind no file
   * carries creates an implicit object instead (mutagen JSON carries no calling lists at all).
   */
  readonly carries: readonly ConfigKind[];
  readonly objects: readonly ImportedObject[];
  /** Object types or sections the importer skipped, for the user to see ("CFGSwitch: 3 skipped"). */
  readonly skipped: readonly string[];
}

/** One loaded file, as the model remembers it. */
export interface LoadedFile {
  readonly path: string;
  readonly format: ConfigFormat;
  readonly counts: Readonly<Record<ConfigKind, number>>;
  readonly skipped: readonly string[];
}

/**
 * The merged, resolved configuration. It does not cross a Web Worker boundary whole: the
 * worker sends its objects in parts (`ModelParts`), and the page puts it back together.
 */
export interface ConfigModel {
  readonly files: readonly LoadedFile[];
  readonly objects: ReadonlyMap<ObjectKey, ConfigObject>;
  readonly byKind: { readonly [K in ConfigKind]: readonly ConfigObjectOf<K>[] };
  /** Kinds that at least one loaded file carries. */
  readonly carried: ReadonlySet<ConfigKind>;
}
