import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";

/** Who the server says this page is signed in as, when it asks for sign-in at all. */
export type SessionState =
  /** Served without sign-in: the demo on loopback, static hosting, the dev server. */
  | { readonly kind: "open" }
  /** The server asks for sign-in and this page has no session (it ended meanwhile). */
  | { readonly kind: "signedOut" }
  | {
      readonly kind: "signedIn";
      readonly name: string;
      /** A person through OpenID Connect, or a wall screen through its read token. */
      readonly method: "oidc" | "read-token";
      readonly expiresAt: Date;
    };

const meSchema = z.discriminatedUnion("signInRequired", [
  z.object({ signInRequired: z.literal(false) }),
  z.object({
    signInRequired: z.literal(true),
    signedIn: z.boolean(),
    name: z.optional(z.string()),
    method: z.optional(z.enum(["oidc", "read-token"])),
    expiresAt: z.optional(z.string()),
  }),
]);

const OPEN: SessionState = { kind: "open" };

/**
 * GET /auth/me, parsed. A server without that route (static hosting answers 404, a dev server
 * or a single-page fallback answers HTML) or no server at all means there is no sign-in here:
 * nothing to show, and nothing to report. An answer that claims a session but cannot be read
 * is the server's fault, and says what was wrong.
 */
export async function fetchSession(): Promise<SessionState> {
  let response: Response;
  try {
    response = await fetch("/auth/me", { cache: "no-store", credentials: "same-origin" });
  } catch {
    return OPEN;
  }
  if (response.status === 404) return OPEN;
  if (!(response.headers.get("content-type") ?? "").includes("json")) return OPEN;
  if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return OPEN;
  }
  const parsed = meSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join(".") : "the answer";
    throw new Error(`its answer could not be read (${where}: ${issue?.message ?? "invalid"})`);
  }
  const me = parsed.data;
  if (!me.signInRequired) return OPEN;
  if (!me.signedIn) return { kind: "signedOut" };
  const expiresAt = new Date(me.expiresAt ?? Number.NaN);
  if (me.name === undefined || me.method === undefined || Number.isNaN(expiresAt.getTime())) {
    throw new Error("its answer names a session without its name, method or expiry");
  }
  return { kind: "signedIn", name: me.name, method: me.method, expiresAt };
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: ["auth", "me"],
    queryFn: fetchSession,
    staleTime: Infinity,
    retry: false,
  });

export const useSession = () => useQuery(sessionQueryOptions());
