import { keepShape } from "../keepShape";
import type { ConfigObject } from "../config/objects";
import { TENANT_LIST, type TenantObjects } from "./ModelLinks";

/** The objects of each tenant by kind, as `linkModel` gathers them, tenants in order of first use. */
export class TenantLists {
  readonly byName = new Map<string, TenantObjects>();
  readonly names: string[] = [];
  // Files mostly list one tenant's objects together: the entry of the object before is
  // kept, a string comparison instead of a Map read for each object.
  private lastName: string | undefined;
  private last: TenantObjects | undefined;

  /** Adds an object to the list of its kind in its tenant's entry. */
  add(o: ConfigObject): void {
    const entry = this.of(o.kind === "tenant" ? o.name : o.tenant);
    (entry[TENANT_LIST[o.kind]] as ConfigObject[]).push(o);
  }

  /** The entry of a tenant, made on first use. */
  private of(name: string): TenantObjects {
    if (name === this.lastName && this.last) return this.last;
    let entry = this.byName.get(name);
    if (!entry) {
      entry = {
        tenants: [],
        campaigns: [],
        campaignGroups: [],
        callingLists: [],
        agentGroups: [],
        placeGroups: [],
        persons: [],
        places: [],
      };
      this.byName.set(name, entry);
      this.names.push(name);
    }
    this.lastName = name;
    this.last = entry;
    return entry;
  }
}

keepShape(new TenantLists());
