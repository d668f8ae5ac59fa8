import type { ImportedFile } from "./ConfigModel";
import { keepShape } from "../keepShape";
import type { ImportedObject } from "./objects";

/**
 * In a single-tenant Configuration Server the tenant is `Environment` and has DBID 1
 * (inferred from Configuration Server's initial database; RAW exports of one object type may
 * omit CFGTenant, yet objects still carry `tenantDBID: 1`).
 */
const ENVIRONMENT_DBID = 1;
const ENVIRONMENT = "Environment";

/**
 * The name of each imported object's tenant: its own (mutagen JSON), or the name of the
 * tenant its DBID points to in any of the files (RAW, XML). A class, not a closure made per
 * model (see `keepShape`).
 */
export class TenantNames {
  private readonly byDbid = new Map<number, string>();

  constructor(files: readonly ImportedFile[]) {
    for (const file of files) {
      for (const o of file.objects) {
        if (o.kind === "tenant" && o.dbid !== undefined) this.byDbid.set(o.dbid, o.name);
      }
    }
  }

  of(o: ImportedObject): string {
    if (o.kind === "tenant") return o.name;
    if (o.tenant) return o.tenant;
    if (o.tenantDbid !== undefined) {
      return (
        this.byDbid.get(o.tenantDbid) ??
        (o.tenantDbid === ENVIRONMENT_DBID ? ENVIRONMENT : `Tenant DBID ${o.tenantDbid}`)
      );
    }
    return ENVIRONMENT;
  }
}

keepShape(new TenantNames([]));
