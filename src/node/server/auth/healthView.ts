import type { Reader } from "./Reader";

/** The parts of /api/health that say nothing about any tenant's objects. */
interface HealthBasics {
  readonly status: string;
  readonly ready: boolean;
  readonly liveState: string;
  readonly reason?: string;
  /** Which server answered: the app's page reads it to know the live stream is there. */
  readonly instance: string;
  readonly uptimeSeconds: number;
}

/**
 * What /api/health shows a reader: everything to one allowed every tenant (and on a server
 * with no sign-in); whether the server is alive and ready, which one it is and where its live
 * state is, to one
 * limited to some tenants (counts of objects, clients, sources and feeders span all tenants); and
 * only alive and ready to someone not signed in, which a load balancer's check needs.
 */
export function healthView<T extends HealthBasics>(reader: Reader | null, full: T): object {
  if (reader === null) return { status: full.status, ready: full.ready };
  if (reader.scope === null) return full;
  return {
    status: full.status,
    ready: full.ready,
    liveState: full.liveState,
    ...(full.reason === undefined ? {} : { reason: full.reason }),
    instance: full.instance,
    uptimeSeconds: full.uptimeSeconds,
  };
}
