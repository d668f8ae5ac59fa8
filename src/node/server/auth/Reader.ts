import type { FastifyRequest } from "fastify";
import type { ReadScope } from "../ReadScope";
import type { Session } from "./SessionStore";

/** Who is reading, as the access check found them. */
export interface Reader {
  /** What they may see; null: everything. */
  readonly scope: ReadScope | null;
  /** Their session; null on a server that needs no sign-in. */
  readonly session: Session | null;
}

declare module "fastify" {
  interface FastifyRequest {
    reader: Reader | null;
  }
}

/** Everything, for a server that needs no sign-in (the loopback demo). */
export const OPEN_READER: Reader = { scope: null, session: null };

/**
 * The reader of a request. A route that reads is reached only after the access check has set
 * it; a request it did not set is refused everything, so a route missed by the check leaks nothing.
 */
export function readerOf(request: FastifyRequest): Reader {
  return request.reader ?? NOBODY;
}

const NOBODY: Reader = {
  scope: { key: "\u0000nothing", allows: () => false },
  session: null,
};
