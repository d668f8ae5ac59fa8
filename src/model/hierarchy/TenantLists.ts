import { keepShape } from "../keepShape";
import type { ConfigObject } from "../config/objects";
import type { TenantObjects } from "./ModelLinks";

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
    switch (o.kind) {
      case "tenant":
        entry.tenants.push(o);
        break;
      case "campaign":
        entry.campaigns.push(o);
        break;
      case "campaignGroup":
        entry.campaignGroups.push(o);
        break;
      case "callingList":
        entry.callingLists.push(o);
        break;
      case "agentGroup":
        entry.agentGroups.push(o);
        break;
      case "placeGroup":
        entry.placeGroups.push(o);
        break;
      case "person":
        entry.persons.push(o);
        break;
      case "place":
        entry.places.push(o);
        break;
    }
  }

  /** The entry of a tenant, made on first use. */
  of(name: string): TenantObjects {
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
