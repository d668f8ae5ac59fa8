import type { ConfigModel } from "../../../model/config/ConfigModel";
import type { ServerOptions } from "../ServerOptions";
import type { Reader } from "./Reader";
import { writeTenantConfig } from "./writeTenantConfig";

const reduced = new WeakMap<ConfigModel, Map<string, string>>();

/**
 * The configuration file at `index` as a reader may have it: the file as loaded (less its
 * secrets) for a reader of every tenant; for one limited to some tenants, the file reduced to
 * theirs and written from the model, kept per file and set of tenants since every wall screen of
 * a tenant asks for the same. A limited reader never gets the file's own text: even the names
 * of another tenant's objects would be in it.
 */
export function servedConfig(
  reader: Reader,
  options: Pick<ServerOptions, "configFiles" | "access">,
  index: number,
): Uint8Array | string {
  if (reader.scope === null) return options.configFiles[index]!.content;
  const model = options.access?.model;
  const file = model?.files[index]?.path;
  if (model === undefined || model === null || file === undefined) return "{}\n";
  const tenants =
    reader.session === null || reader.session.tenants === "*" ? [] : reader.session.tenants;
  const key = `${index}\u0000${reader.scope.key}`;
  let byScope = reduced.get(model);
  if (byScope === undefined) reduced.set(model, (byScope = new Map()));
  let text = byScope.get(key);
  if (text === undefined) {
    text = writeTenantConfig(model, file, new Set(tenants));
    byScope.set(key, text);
  }
  return text;
}
