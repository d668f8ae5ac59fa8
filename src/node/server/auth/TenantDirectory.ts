import type { ConfigModel } from "../../../model/config/ConfigModel";
import { buildHierarchy } from "../../../model/hierarchy/buildHierarchy";
import { asNodeId } from "../../../model/config/ids";
import { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { Pivot } from "../../../model/hierarchy/NodeKind";
import { linkModel } from "../../../model/hierarchy/linkModel";
import { nodeStatKey } from "../../../model/stats/nodeStatKey";
import { statKey, type StatKey } from "../../../model/stats/StatKey";
import type { StatObjectType } from "../../../model/stats/StatObjectType";
import { TenantScope } from "./TenantScope";

const PIVOTS: readonly Pivot[] = ["campaign", "callingList", "group"];

/**
 * Which tenant each Stat Server object of the loaded configuration belongs to: every node under
 * a tenant in any of the hierarchy's pivots (campaigns, campaign groups, calling lists, agent and
 * place groups, agents, places, the tenant itself). Scopes of the same tenants are one object,
 * so the stream encodes each event once per distinct set of tenants.
 */
export class TenantDirectory {
  readonly tenantNames: readonly string[];
  readonly #owners = new Map<StatKey, string[]>();
  readonly #scopes = new Map<string, TenantScope>();

  constructor(model: ConfigModel | null) {
    if (model === null) {
      this.tenantNames = [];
      return;
    }
    const links = linkModel(model);
    this.tenantNames = [...links.tenantNames];
    for (const pivot of PIVOTS) {
      const hierarchy = buildHierarchy(model, pivot, links);
      for (const tenant of hierarchy.children(Hierarchy.ROOT)) {
        this.#claim(hierarchy, tenant, hierarchy.end(tenant), hierarchy.name(tenant));
      }
    }
  }

  /** The tenants an object belongs to; undefined when the configuration does not know it. */
  ownersOf(type: StatObjectType, id: string): readonly string[] | undefined {
    return this.#owners.get(statKey(type, id));
  }

  /** The scope of these tenants, shared by every reader of the same ones. */
  scopeOf(tenants: Iterable<string>): TenantScope {
    const scope = new TenantScope(this, tenants);
    const known = this.#scopes.get(scope.key);
    if (known) return known;
    this.#scopes.set(scope.key, scope);
    return scope;
  }

  /** Gives `tenant` every object of the nodes `[from, to)`: a tenant's subtree. */
  #claim(hierarchy: Hierarchy, from: number, to: number, tenant: string): void {
    for (let n = from; n < to; n++) {
      const key = nodeStatKey(hierarchy, asNodeId(n));
      if (key === null) continue;
      const owners = this.#owners.get(key);
      if (owners === undefined) this.#owners.set(key, [tenant]);
      else if (!owners.includes(tenant)) owners.push(tenant);
    }
  }
}
