import type { StatObjectType } from "../../../model/stats/StatObjectType";
import type { ReadScope } from "../ReadScope";
import type { TenantDirectory } from "./TenantDirectory";

/** The Stat Server objects of some tenants, as the loaded configuration attributes them. */
export class TenantScope implements ReadScope {
  readonly key: string;
  readonly tenants: ReadonlySet<string>;
  readonly #directory: TenantDirectory;

  constructor(directory: TenantDirectory, tenants: Iterable<string>) {
    const sorted = [...new Set(tenants)].sort();
    // JSON keeps the key unambiguous whatever characters tenant names hold.
    this.key = JSON.stringify(sorted);
    this.tenants = new Set(sorted);
    this.#directory = directory;
  }

  /**
   * An object is allowed when every tenant the configuration places it in is allowed: an id
   * two tenants share (Stat Server ids are names) is shown only to readers of both, and an id
   * the configuration does not know to none.
   */
  allows(type: StatObjectType, id: string): boolean {
    const owners = this.#directory.ownersOf(type, id);
    if (owners === undefined) return false;
    for (const owner of owners) if (!this.tenants.has(owner)) return false;
    return true;
  }
}
